// The test sources of this folder compile twice: into NFUnitTest.nfproj for nanoFramework.TestFramework
// (on the nanoCLR virtual device or a real kit) and into ReRamNav.DeviceTests.csproj for MSTest on the
// host. Both frameworks spell [TestClass], [TestMethod], Assert.AreEqual, Assert.IsTrue, Assert.IsNull
// the same way; NANOFRAMEWORK_1_0 is defined by the nanoFramework project system only.
// Rules for these sources (the nanoFramework runner's): test methods use no instance state (it invokes
// them on a null instance), no generics/LINQ, no Assert.ThrowsException (its signature differs).
