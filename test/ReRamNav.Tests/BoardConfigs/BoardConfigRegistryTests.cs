using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;

namespace ReRamNav.Tests.BoardConfigs
{
    [TestClass]
    public class BoardConfigRegistryTests
    {
        [TestMethod]
        public void Find_IgnoresCaseAndSpaces()
        {
            Assert.AreEqual("esp32-devkitc", BoardConfigRegistry.Find("  ESP32-DevKitC ").Name);
        }

        [TestMethod]
        public void Find_UnknownOrNull_IsNull()
        {
            Assert.IsNull(BoardConfigRegistry.Find("esp8266"));
            Assert.IsNull(BoardConfigRegistry.Find(null));
        }

        [TestMethod]
        public void Get_Unknown_ListsTheKnownNames()
        {
            var e = Assert.ThrowsExactly<ArgumentException>(() => BoardConfigRegistry.Get("arduino-uno"));
            StringAssert.Contains(e.Message, "unknown board 'arduino-uno'");
            foreach (string name in BoardConfigRegistry.Names)
            {
                StringAssert.Contains(e.Message, name);
            }
        }

        [TestMethod]
        public void Names_AreUnique_AndEachLookupIsAFreshObject()
        {
            Assert.AreEqual(BoardConfigRegistry.Names.Length, BoardConfigRegistry.Names.Distinct().Count());
            Assert.IsTrue(BoardConfigRegistry.Names.Length >= 6);
            BoardConfig a = BoardConfigRegistry.Get("mock-bench");
            a.SpiClockHz = 1;
            Assert.AreNotEqual(1, BoardConfigRegistry.Get("mock-bench").SpiClockHz);
        }
    }
}
