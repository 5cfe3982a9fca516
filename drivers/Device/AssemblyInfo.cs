using System.Reflection;

// Assembly attributes for the device build (ReRamNav.Drivers.nfproj) only. This file lives in Device/ rather than
// in Properties/ because the host .csproj generates its own assembly attributes and the compile check
// builds all four folders into one assembly: in either, a second copy would be a duplicate-attribute error.
[assembly: AssemblyTitle("ReRamNav.Drivers")]
[assembly: AssemblyDescription("HAL interfaces, FPGA/ReRAM board driver and device adapters")]
[assembly: AssemblyProduct("ReRamNav")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
