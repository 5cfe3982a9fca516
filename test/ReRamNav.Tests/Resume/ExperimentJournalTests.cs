using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Resume
{
    /// <summary>The journal in the board's edge synapses: encoding, checks, torn writes, cost.</summary>
    [TestClass]
    public class ExperimentJournalTests
    {
        private static (VirtualBoard board, ReRamBoard driver, ExperimentJournal journal) Bench(uint seed = 1)
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30, Seed = seed });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, MockBench.Create().Limits);
            driver.Connect();
            return (board, driver, new ExperimentJournal(driver));
        }

        private static JournalRecord Sample(int done) => new JournalRecord
        {
            Kind = JournalRecord.KindMaze, Seed = 0xDEADBEEF, TrialsPerBlock = 1000, MaxStepsPerTrial = 4095, TrialsDone = done,
        };

        [TestMethod]
        public void EncodeDecode_RoundTrips_AtTheFieldLimits_AndEverySingleBitFlipIsCaught()
        {
            var (_, _, journal) = Bench();
            var record = Sample(JournalRecord.MaxTrialsDone);
            record.Sequence = 15;
            var bits = new byte[ExperimentJournal.BitsPerSlot];
            journal.Encode(record, bits);
            var back = new JournalRecord();
            Assert.IsTrue(journal.Decode(bits, back));
            Assert.AreEqual(record.Seed, back.Seed);
            Assert.AreEqual(record.TrialsPerBlock, back.TrialsPerBlock);
            Assert.AreEqual(record.MaxStepsPerTrial, back.MaxStepsPerTrial);
            Assert.AreEqual(record.TrialsDone, back.TrialsDone);
            Assert.AreEqual(15, back.Sequence);
            for (int i = 0; i < bits.Length; i++)
            {
                bits[i] ^= 1;
                Assert.IsFalse(journal.Decode(bits, new JournalRecord()), "bit " + i + " flipped");
                bits[i] ^= 1;
            }
            Assert.IsFalse(journal.Decode(new byte[ExperimentJournal.BitsPerSlot], new JournalRecord()), "all HRS");
            Assert.IsFalse(journal.Decode(Enumerable.Repeat((byte)1, ExperimentJournal.BitsPerSlot).ToArray(), new JournalRecord()), "all LRS");
        }

        [TestMethod]
        public void Cells_AreOffArraySynapsesOfEdgePlaces_TwoDisjointSlots()
        {
            var (_, _, journal) = Bench();
            Assert.IsTrue(journal.Available);
            var seen = new HashSet<(int, int)>();
            for (int slot = 0; slot < ExperimentJournal.Slots; slot++)
            {
                for (int bit = 0; bit < ExperimentJournal.BitsPerSlot; bit++)
                {
                    int place = journal.PlaceOf(slot, bit), d = journal.DeviceOf(slot, bit);
                    Assert.IsTrue(d >= 0 && d < Direction.Count, "a synapse, never a state device");
                    int r = place / 30 + Direction.RowDelta[d], c = place % 30 + Direction.ColDelta[d];
                    Assert.IsTrue(r < 0 || r >= 30 || c < 0 || c >= 30, "points off the array: " + place + "/" + d);
                    Assert.IsTrue(seen.Add((place, d)), "each cell once");
                }
            }
        }

        [TestMethod]
        public void BlankBoard_Loads_AsBlank_ThenBeginAndRecord_ReadBack()
        {
            var (_, _, journal) = Bench();
            StringAssert.StartsWith(journal.Load(new JournalRecord()), "blank");
            Assert.IsTrue(journal.Begin(Sample(0)));
            for (int done = 1; done <= 20; done++)
            {
                Assert.IsTrue(journal.Record(Sample(done)));
                var loaded = new JournalRecord();
                Assert.IsNull(journal.Load(loaded));
                Assert.AreEqual(done, loaded.TrialsDone, "the newer slot wins across the 4-bit counter's wrap");
            }
            Assert.AreEqual(0, journal.FailedWrites);
        }

        [TestMethod]
        public void TornWrite_TheOtherSlotStillHoldsThePreviousTrial()
        {
            var (_, driver, journal) = Bench();
            journal.Begin(Sample(0));
            journal.Record(Sample(1));
            journal.Record(Sample(2)); // slot 1 holds 2, slot 0 holds 1
            var loaded = new JournalRecord();
            Assert.IsNull(journal.Load(loaded));
            Assert.AreEqual(2, loaded.TrialsDone);
            // A reset in the middle of writing trial 3 into slot 0: half of its cells changed, garbage now.
            for (int bit = 0; bit < ExperimentJournal.BitsPerSlot; bit += 2)
            {
                driver.AddReset(journal.PlaceOf(0, bit), journal.DeviceOf(0, bit), ExperimentJournal.ResetStopMv, ExperimentJournal.PulseWidthNs);
            }
            driver.CommitPulses();
            Assert.IsNull(journal.Load(loaded));
            Assert.AreEqual(2, loaded.TrialsDone);
            // And the slot holding the newest record torn instead: the older one is used (one trial re-run, none lost).
            for (int bit = 0; bit < ExperimentJournal.BitsPerSlot; bit += 3)
            {
                driver.AddSet(journal.PlaceOf(1, bit), journal.DeviceOf(1, bit), ExperimentJournal.SetMv, ExperimentJournal.SetComplianceUa, ExperimentJournal.PulseWidthNs);
            }
            driver.CommitPulses();
            string problem = journal.Load(loaded);
            Assert.IsTrue(problem == null ? loaded.TrialsDone <= 2 : problem.StartsWith("blank"), "never a trial count that was not written");
        }

        [TestMethod]
        [DataRow("run maze 4 300", 10, DisplayName = "maze A,B,A")]
        // The rover's first 20 trials explore: it may program nothing at all after the priming.
        [DataRow("run mars 3 300", 0, DisplayName = "mars rover")]
        public void AfterTheJournalBegins_OnlyTheJournalProgramsItsCells(string command, int minLearningLists)
        {
            // Every pulse the firmware sends, decoded from the bus: after the journal's first write, no pulse
            // of the agent (or the terrain priming) touches a journal cell, so the journal cannot be overwritten
            // by learning and costs the network nothing. (Reads of them are ignored: no neuron off the array.)
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30, Seed = 3 });
            var bus = new Driver.RecordingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, MockBench.Create().Limits);
            driver.Connect();
            var journal = new ExperimentJournal(driver);
            var cells = new HashSet<(int, int)>();
            for (int slot = 0; slot < 2; slot++)
                for (int bit = 0; bit < ExperimentJournal.BitsPerSlot; bit++) cells.Add((journal.PlaceOf(slot, bit), journal.DeviceOf(slot, bit)));
            var sink = new SerialConsole.ListSink();
            new Firmware.Console.CommandConsole(MockBench.Create(), driver, sink, null).Execute(command);
            Assert.IsTrue(sink.Lines.Any(l => l.StartsWith("# done")), string.Join("\n", sink.Lines.TakeLast(3)));

            var pulseLists = bus.Commands.Where(c => c[FrameLayout.OffsetOpcodeOrStatus] == Opcode.PulseList).ToList();
            bool IsJournalOnly(byte[] frame) => Entries(frame).All(cells.Contains);
            Assert.IsTrue(IsJournalOnly(pulseLists[0]), "the journal is blanked before the network changes");
            int initialise = pulseLists.FindIndex(f => !IsJournalOnly(f));
            int firstJournal = pulseLists.FindIndex(initialise, IsJournalOnly);
            Assert.IsTrue(initialise > 0 && firstJournal > initialise, "the journal is written after the network is initialised");
            var offenders = pulseLists.Skip(firstJournal).Where(f => !IsJournalOnly(f) && Entries(f).Any(cells.Contains)).ToList();
            Assert.AreEqual(0, offenders.Count, "pulse lists that mix learning and journal cells");
            int learningLists = pulseLists.Skip(firstJournal).Count(f => !Entries(f).Any(cells.Contains));
            Assert.IsTrue(learningLists >= minLearningLists, "the agent did learn after the journal began: " + learningLists);
        }

        private static IEnumerable<(int place, int device)> Entries(byte[] frame)
        {
            int p = FrameLayout.OffsetPayload;
            int count = frame[p + Payloads.PulseCount];
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                yield return (LittleEndian.ReadU16(frame, e + Payloads.PulseEntryPlace), frame[e + Payloads.PulseEntryDevice]);
            }
        }

        [TestMethod]
        public void Record_AllocatesNothing_AndCostsAFewPulsesAndOneRead()
        {
            var (_, driver, journal) = Bench();
            journal.Begin(Sample(0));
            var record = Sample(1);
            journal.Record(record);
            long tx = driver.Counters.Transactions, pulses = driver.Counters.Sets + driver.Counters.Resets;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int done = 2; done < 200; done++)
            {
                record.TrialsDone = done;
                journal.Record(record);
            }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0, allocated, "journal writes allocate");
            double txPerRecord = (driver.Counters.Transactions - tx) / 198.0;
            double pulsesPerRecord = (driver.Counters.Sets + driver.Counters.Resets - pulses) / 198.0;
            Assert.IsTrue(txPerRecord <= 2.1, "transactions per record: " + txPerRecord);
            Assert.IsTrue(pulsesPerRecord < 20, "pulses per record (only changed bits): " + pulsesPerRecord);
        }
    }
}
