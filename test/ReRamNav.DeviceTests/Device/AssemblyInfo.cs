using System.Reflection;

// Assembly attributes for NFUnitTest.nfproj only (the host .csproj generates its own; a second copy
// would be a duplicate-attribute error there, which is why this lives in Device/).
[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("ReRamNav portable tests on the nanoFramework runtime")]
[assembly: AssemblyProduct("ReRamNav")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
