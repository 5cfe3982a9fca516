using Microsoft.VisualStudio.TestTools.UnitTesting;

[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]

namespace ReRamNav.Tests
{
    [TestClass]
    public class SmokeTests
    {
        [TestMethod]
        public void HalInterfacesExist()
        {
            Assert.IsNotNull(typeof(ReRamNav.Drivers.Hal.ISpiBus));
        }
    }
}
