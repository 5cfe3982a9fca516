#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.DeviceTests
{
    /// <summary>The resume journal's bit coding (docs/resume.md) on the MCU: fields, CRC-8, blank cells.</summary>
    [TestClass]
    public class JournalCodingTests
    {
        [TestMethod]
        public void Record_RoundTrips_AndAFlippedBitIsCaught()
        {
            ExperimentJournal journal = new ExperimentJournal(null);
            JournalRecord record = new JournalRecord();
            record.Kind = JournalRecord.KindMars;
            record.Seed = 0x80000001;
            record.TrialsPerBlock = 95;
            record.MaxStepsPerTrial = 1000;
            record.TrialsDone = 17;
            record.Sequence = 9;
            byte[] bits = new byte[ExperimentJournal.BitsPerSlot];
            journal.Encode(record, bits);
            JournalRecord back = new JournalRecord();
            Assert.IsTrue(journal.Decode(bits, back));
            Assert.AreEqual(JournalRecord.KindMars, back.Kind);
            Assert.IsTrue(back.Seed == 0x80000001, "seed " + back.Seed);
            Assert.AreEqual(95, back.TrialsPerBlock);
            Assert.AreEqual(1000, back.MaxStepsPerTrial);
            Assert.AreEqual(17, back.TrialsDone);
            Assert.AreEqual(9, back.Sequence);
            Assert.AreEqual(95, back.TotalTrials);
            bits[40] ^= 1;
            Assert.IsFalse(journal.Decode(bits, back), "a flipped bit fails the CRC");
        }

        [TestMethod]
        public void BlankCells_AreNotARecord()
        {
            ExperimentJournal journal = new ExperimentJournal(null);
            byte[] bits = new byte[ExperimentJournal.BitsPerSlot];
            Assert.IsFalse(journal.Decode(bits, new JournalRecord()), "all HRS");
            for (int i = 0; i < bits.Length; i++)
            {
                bits[i] = 1;
            }

            Assert.IsFalse(journal.Decode(bits, new JournalRecord()), "all LRS");
        }
    }
}
