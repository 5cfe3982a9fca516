using System.Reflection;

// Assembly attributes for the device build (ReRamNav.BoardConfigs.nfproj) only. This file lives in Device/ rather than
// in Properties/ because the host .csproj generates its own assembly attributes and the compile check
// builds all four folders into one assembly: in either, a second copy would be a duplicate-attribute error.
[assembly: AssemblyTitle("ReRamNav.BoardConfigs")]
[assembly: AssemblyDescription("Per-dev-kit SPI, pin, clock and safety settings")]
[assembly: AssemblyProduct("ReRamNav")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
