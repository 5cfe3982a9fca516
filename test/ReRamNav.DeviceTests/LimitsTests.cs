#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.DeviceTests
{
    /// <summary>The safety limits the driver applies before a byte goes out.</summary>
    [TestClass]
    public class LimitsTests
    {
        [TestMethod]
        public void PulsesInsideTheLimits_AreAllowed()
        {
            SafetyLimits limits = SafetyLimits.SiOxDefaults();
            Assert.IsNull(limits.CheckPulse(PulseKind.Set, 1500, 160, 1000));
            Assert.IsNull(limits.CheckPulse(PulseKind.Reset, 1600, 0, 1000));
            Assert.IsNull(limits.CheckRead(200, 1));
        }

        [TestMethod]
        public void PulsesOutsideTheLimits_NameTheLimit()
        {
            SafetyLimits limits = SafetyLimits.SiOxDefaults();
            string tooHigh = limits.CheckPulse(PulseKind.Set, limits.SetMaxMv + 1, 100, 1000);
            Assert.IsNotNull(tooHigh);
            Assert.IsTrue(tooHigh.IndexOf("SetMaxMv") >= 0, tooHigh);
            Assert.IsNotNull(limits.CheckPulse(PulseKind.Set, 1500, limits.ComplianceMaxUa + 1, 1000));
            Assert.IsNotNull(limits.CheckPulse(PulseKind.Reset, 1600, 50, 1000));
            Assert.IsNotNull(limits.CheckPulse(PulseKind.Set, 1500, 100, limits.WidthMinNs - 1));
            Assert.IsNotNull(limits.CheckRead(limits.ReadMaxMv + 1, 1));
        }

        [TestMethod]
        public void Stricter_TakesSmallerMaximaAndLargerMinima()
        {
            SafetyLimits a = new SafetyLimits(2000, 1800, 3300, 20, 180, 300, 100, 100000);
            SafetyLimits b = new SafetyLimits(2500, 1500, 3500, 30, 200, 250, 50, 1000000);
            SafetyLimits s = SafetyLimits.Stricter(a, b);
            Assert.AreEqual(2000, s.SetMaxMv);
            Assert.AreEqual(1500, s.ResetMaxMv);
            Assert.AreEqual(30, s.ComplianceMinUa);
            Assert.AreEqual(180, s.ComplianceMaxUa);
            Assert.AreEqual(250, s.ReadMaxMv);
            Assert.AreEqual(100, s.WidthMinNs);
            Assert.AreEqual(100000, s.WidthMaxNs);
        }

        [TestMethod]
        public void EncodeDecode_RoundTrips()
        {
            SafetyLimits a = new SafetyLimits(2000, 1800, 3300, 20, 180, 300, 100, 100000);
            byte[] buffer = new byte[SafetyLimits.EncodedBytes + 3];
            a.Encode(buffer, 3);
            SafetyLimits b = SafetyLimits.Decode(buffer, 3);
            Assert.AreEqual(a.ToString(), b.ToString());
        }
    }
}
