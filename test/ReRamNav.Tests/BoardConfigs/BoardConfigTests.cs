using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>Every shipped dev-kit config: valid, no pin used twice, limits inside the array's and around the agent's pulses.</summary>
    [TestClass]
    public class BoardConfigTests
    {
        public static IEnumerable<object[]> AllNames() => BoardConfigRegistry.Names.Select(n => new object[] { n });

        [TestMethod]
        [DynamicData(nameof(AllNames))]
        public void ShippedConfig_IsValid(string name)
        {
            BoardConfig config = BoardConfigRegistry.Get(name);
            Assert.IsNull(BoardConfigValidator.Check(config));
            Assert.AreEqual(name, config.Name);
        }

        [TestMethod]
        [DynamicData(nameof(AllNames))]
        public void ShippedConfig_HasNoPinConflict(string name)
        {
            BoardConfig c = BoardConfigRegistry.Get(name);
            int[] pins = { c.SckPin, c.MosiPin, c.MisoPin, c.ChipSelectPin, c.ReadyPin, c.ResetPin, c.InterruptPin,
                c.StatusLedPin, c.UserButtonPin, c.ConsoleTxPin, c.ConsoleRxPin };
            int[] wired = pins.Where(p => p >= 0).ToArray();
            Assert.AreEqual(wired.Length, wired.Distinct().Count(), name + ": a pin is used twice: " + string.Join(",", wired.Select(c.PinName)));
            foreach (int pin in wired)
            {
                Assert.IsNull(McuFamily.ReservedReason(c.Family, pin), name + " uses reserved " + c.PinName(pin));
                Assert.IsNull(c.BoardReservedReason(pin), name + " uses kit-reserved " + c.PinName(pin));
            }
        }

        [TestMethod]
        [DynamicData(nameof(AllNames))]
        public void ShippedConfig_LimitsAreInsideTheArrayAndAllowTheAgentsPulses(string name)
        {
            SafetyLimits limits = BoardConfigRegistry.Get(name).Limits;
            SafetyLimits array = SafetyLimits.SiOxDefaults();
            Assert.IsTrue(limits.SetMaxMv <= array.SetMaxMv && limits.ResetMaxMv <= array.ResetMaxMv && limits.FormMaxMv <= array.FormMaxMv);
            Assert.IsTrue(limits.ComplianceMaxUa <= array.ComplianceMaxUa && limits.ComplianceMinUa >= array.ComplianceMinUa);
            Assert.IsTrue(limits.ReadMaxMv < limits.SetMaxMv);

            // The demo must not be refused by the limits the kit ships with.
            AgentParameters p = AgentParameters.PaperDefaults();
            foreach (int compliance in new[] { p.SynapseComplianceUa, p.TrailComplianceUa, p.NominalComplianceUa, p.WallComplianceUa })
            {
                Assert.IsNull(limits.CheckPulse(PulseKind.Set, p.SetAmplitudeMv, compliance, p.PulseWidthNs));
            }
            foreach (int stop in new[] { p.SynapseStopMv, p.TrailStopMv, p.ClearStopMv })
            {
                Assert.IsNull(limits.CheckPulse(PulseKind.Reset, -stop, 0, p.PulseWidthNs));
            }
            Assert.IsNull(limits.CheckRead(p.ReadMv, p.ReadSamples));
        }

        [TestMethod]
        public void NanoffTargets_AreTheFirmwareNames()
        {
            Assert.AreEqual("ESP32_REV0", Esp32DevKitC.Create().NanoffTarget);
            Assert.AreEqual("ESP32_PSRAM_REV0", Esp32WroverKit.Create().NanoffTarget);
            Assert.AreEqual("ESP32_S3_OCTAL", Esp32S3DevKitC.Create().NanoffTarget);
            Assert.AreEqual("ST_NUCLEO144_F746ZG", StNucleo144F746zg.Create().NanoffTarget);
            Assert.AreEqual("ST_STM32F769I_DISCOVERY", StStm32F769iDiscovery.Create().NanoffTarget);
        }

        [TestMethod]
        public void Stm32Kits_UseTheSpiPinsTheirFirmwareFixes()
        {
            BoardConfig nucleo = StNucleo144F746zg.Create();
            Assert.AreEqual(5, nucleo.SpiBusId);
            Assert.AreEqual("PF7", nucleo.PinName(nucleo.SckPin));
            Assert.AreEqual("PF8", nucleo.PinName(nucleo.MisoPin));
            Assert.AreEqual("PF9", nucleo.PinName(nucleo.MosiPin));
            Assert.IsFalse(nucleo.MuxesSpiPinsAtRunTime);

            BoardConfig disco = StStm32F769iDiscovery.Create();
            Assert.AreEqual(2, disco.SpiBusId);
            Assert.AreEqual("PA12", disco.PinName(disco.SckPin));
            Assert.AreEqual("PB14", disco.PinName(disco.MisoPin));
            Assert.AreEqual("PB15", disco.PinName(disco.MosiPin));
            Assert.AreEqual(149, disco.StatusLedPin, "PJ5 = 9 * 16 + 5, as in the nanoFramework docs");
        }

        [TestMethod]
        public void EspKits_MuxTheirSpiPins_AndTheMockBenchWiresNothing()
        {
            Assert.IsTrue(Esp32DevKitC.Create().MuxesSpiPinsAtRunTime);
            Assert.IsTrue(Esp32S3DevKitC.Create().MuxesSpiPinsAtRunTime);
            BoardConfig mock = MockBench.Create();
            Assert.IsTrue(mock.UsesVirtualBoard);
            Assert.IsFalse(mock.MuxesSpiPinsAtRunTime);
            Assert.AreEqual(BoardConfig.NoPin, mock.ChipSelectPin);
            Assert.AreEqual("ESP32_REV0", mock.NanoffTarget, "the mock bench still runs on a real kit's firmware");
        }

        [TestMethod]
        public void MockBenchOn_AnyKit_StaysValid()
        {
            foreach (string name in BoardConfigRegistry.Names)
            {
                BoardConfig mock = MockBench.On(BoardConfigRegistry.Get(name));
                Assert.IsNull(BoardConfigValidator.Check(mock), name);
            }
        }
    }
}
