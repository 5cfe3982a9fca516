using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Driver
{
    /// <summary>
    /// A board that refuses what the driver let through (here: the driver was identified by a larger board,
    /// then the bus was moved to a smaller one, as after a board swap without a new IDENT): the refusal is a
    /// typed NACK carrying the board's status, final (not retried), counted on both sides, nothing executed,
    /// and the operation log records the refused pulses with that status.
    /// </summary>
    [TestClass]
    public class BoardNackTests
    {
        /// <summary>Bus, READY line and clock of whichever board is plugged in.</summary>
        private sealed class SwitchBus : ISpiBus, IDigitalInput, IClock
        {
            public long NowUs => Target.Clock.NowUs;
            public void DelayUs(int durationUs) => Target.Clock.DelayUs(durationUs);
            public VirtualBoard Target;
            public SwitchBus(VirtualBoard target) { Target = target; }
            public int ClockHz => Target.ClockHz;
            public bool Read() => Target.Ready.Read();
            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length) => Target.TransferFullDuplex(w, wo, r, ro, length);
        }

        private sealed class StatusLog : IOperationLog
        {
            public readonly List<(int Operation, int Status)> Rows = new List<(int, int)>();
            public void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
                int samples, int pulses, int conductanceNs, int verify, int status) => Rows.Add((operation, status));
        }

        [TestMethod]
        public void AddressOutOfRangeFromTheBoard_IsATypedFinalNack_AndTheLogSaysSo()
        {
            var large = new VirtualBoard(new VirtualBoardConfig { Rows = 10, Cols = 10, Seed = 1 });
            var small = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4, Seed = 1 });
            var bus = new SwitchBus(large);
            var driver = new ReRamBoard(bus, bus, bus, SafetyLimits.SiOxDefaults());
            driver.Connect();
            bus.Target = small;
            var log = new StatusLog();
            driver.OperationLog = log;

            var e = Assert.ThrowsExactly<BoardException>(() => driver.ReadCell(50, 0, 200, 1));
            Assert.AreEqual(BoardErrorKind.Nack, e.Kind);
            Assert.AreEqual(StatusCode.AddressOutOfRange, e.Status);
            StringAssert.Contains(e.Message, "ADDRESS_OUT_OF_RANGE");
            Assert.AreEqual(0, driver.Counters.Retries, "a group-B status is final");
            Assert.AreEqual(1, small.AddressErrors);
            Assert.AreEqual(0, log.Rows.Count, "a refused read reads nothing");

            driver.AddSet(3, 0, 1500, 100, 1000);
            driver.AddSet(60, 0, 1500, 100, 1000);
            e = Assert.ThrowsExactly<BoardException>(() => driver.CommitPulses());
            Assert.AreEqual(StatusCode.AddressOutOfRange, e.Status);
            Assert.AreEqual(0, small.Array.PulsesApplied, "all or nothing: the valid pulse was not applied either");
            CollectionAssert.AreEqual(new[] { (OperationKind.Set, (int)StatusCode.AddressOutOfRange), (OperationKind.Set, (int)StatusCode.AddressOutOfRange) },
                log.Rows.ToArray());
            Assert.AreEqual(2, driver.Counters.Nacks);
        }
    }
}
