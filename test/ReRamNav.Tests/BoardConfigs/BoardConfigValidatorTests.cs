using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;
using ReRamNav.BoardConfigs.Kits;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>Each rule: a broken config is refused with a message that names the field and what was expected.</summary>
    [TestClass]
    public class BoardConfigValidatorTests
    {
        private static void AssertProblem(BoardConfig config, params string[] fragments)
        {
            string problem = BoardConfigValidator.Check(config);
            Assert.IsNotNull(problem, "expected a problem");
            StringAssert.StartsWith(problem, "board config '" + config.Name + "': ");
            foreach (string fragment in fragments)
            {
                StringAssert.Contains(problem, fragment);
            }
        }

        [TestMethod]
        public void PinUsedTwice_NamesBothSignals()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.ReadyPin = c.ChipSelectPin;
            AssertProblem(c, "ReadyPin = GPIO5 is also ChipSelectPin", "expected a pin no other signal uses");
        }

        [TestMethod]
        public void FlashPin_IsRefusedWithTheReason()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.SckPin = 6;
            AssertProblem(c, "SckPin = GPIO6", "SPI flash", "expected a free pin");
        }

        [TestMethod]
        public void PsramPins_AreRefusedOnWrover_ButNotOnWroom()
        {
            BoardConfig wrover = Esp32WroverKit.Create();
            wrover.ResetPin = 16;
            AssertProblem(wrover, "ResetPin = GPIO16", "PSRAM");

            BoardConfig wroom = Esp32DevKitC.Create();
            wroom.ResetPin = 25;
            Assert.IsNull(BoardConfigValidator.Check(wroom));
        }

        [TestMethod]
        public void InputOnlyPin_CannotDriveChipSelect()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.ChipSelectPin = 35;
            AssertProblem(c, "ChipSelectPin = GPIO35", "input-only", "expected a pin that can drive an output");
        }

        [TestMethod]
        public void KitReservedPin_IsRefusedWithTheKitsReason()
        {
            BoardConfig c = StStm32F769iDiscovery.Create();
            c.InterruptPin = Stm32Pin.Number('A', 9);
            AssertProblem(c, "InterruptPin = PA9", "ST-LINK virtual COM port");
        }

        [TestMethod]
        public void PinOutOfRange_SaysTheRange()
        {
            BoardConfig c = Esp32S3DevKitC.Create();
            c.ReadyPin = 49;
            AssertProblem(c, "ReadyPin = 49", "expected -1 (not wired) or 0..48 on ESP32-S3");
        }

        [TestMethod]
        public void MissingRequiredLine_IsRefused()
        {
            BoardConfig c = StNucleo144F746zg.Create();
            c.ResetPin = BoardConfig.NoPin;
            AssertProblem(c, "ResetPin = -1", "expected a pin");
        }

        [TestMethod]
        public void SpiSettings_AreChecked()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.SpiClockHz = 40000000;
            AssertProblem(c, "SpiClockHz = 40000000", "expected 100000..10000000");

            c = Esp32DevKitC.Create();
            c.SpiMode = 4;
            AssertProblem(c, "SpiMode = 4", "expected 0..3");

            c = Esp32DevKitC.Create();
            c.SpiBusId = 5;
            AssertProblem(c, "SpiBusId = 5", "expected 1 or 2 on ESP32");
        }

        [TestMethod]
        public void Limits_OutsideTheArray_AreRefused()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.Limits.SetMaxMv = 3000;
            AssertProblem(c, "Limits.SetMaxMv = 3000 mV", "expected 1..2500 mV");

            c = Esp32DevKitC.Create();
            c.Limits.ComplianceMaxUa = 10;
            AssertProblem(c, "Limits.ComplianceMaxUa = 10 uA", "expected 20..200 uA");

            c = Esp32DevKitC.Create();
            c.Limits.ReadMaxMv = 800;
            AssertProblem(c, "Limits.ReadMaxMv = 800 mV");

            c = Esp32DevKitC.Create();
            c.Limits = null;
            AssertProblem(c, "Limits is null");
        }

        [TestMethod]
        public void Identity_AndArray_AreChecked()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.NanoffTarget = "";
            AssertProblem(c, "NanoffTarget is empty");

            c = Esp32DevKitC.Create();
            c.ArrayRows = 0;
            AssertProblem(c, "ArrayRows = 0", "expected 1..255");

            c = Esp32DevKitC.Create();
            c.ConsoleTxPin = BoardConfig.NoPin;
            AssertProblem(c, "ConsoleTxPin/ConsoleRxPin");
        }

        [TestMethod]
        public void Validate_Throws_WithTheSameMessage()
        {
            BoardConfig c = Esp32DevKitC.Create();
            c.MosiPin = c.SckPin;
            var e = Assert.ThrowsExactly<ArgumentException>(() => BoardConfigValidator.Validate(c));
            Assert.AreEqual(BoardConfigValidator.Check(c), e.Message);
        }

        [TestMethod]
        public void PinNames_FollowTheBoardsPrint()
        {
            Assert.AreEqual("PJ5", Stm32Pin.Name(149));
            Assert.AreEqual(87, Stm32Pin.Number('F', 7));
            Assert.AreEqual("GPIO23", McuFamily.PinName(McuFamily.Esp32, 23));
            Assert.AreEqual("none", McuFamily.PinName(McuFamily.Stm32F7, BoardConfig.NoPin));
        }
    }
}
