using System.Reflection;

// Assembly attributes for the device build (ReRamNav.HalMock.nfproj) only. This file lives in Device/ rather than
// in Properties/ because the host .csproj generates its own assembly attributes and the compile check
// builds all four folders into one assembly: in either, a second copy would be a duplicate-attribute error.
[assembly: AssemblyTitle("ReRamNav.HalMock")]
[assembly: AssemblyDescription("Virtual ReRAM board (software model of the FPGA board)")]
[assembly: AssemblyProduct("ReRamNav")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
