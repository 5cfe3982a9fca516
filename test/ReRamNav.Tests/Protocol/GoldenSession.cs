using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>
    /// The driver calls that produce the golden frames of docs/protocol.md §9, one opcode each, with
    /// fixed sequence numbers, against the board described by <see cref="BoardConfig"/>. What the
    /// driver decoded is kept in the public fields so the tests can check the decoding side too.
    /// </summary>
    internal sealed class GoldenSession
    {
        public BoardIdentity Identity;
        public readonly BoardStatus Status = new BoardStatus();
        public readonly int[] Cells = new int[2];
        public readonly int[] Neighbourhood = new int[Payloads.ReadNbrValues];
        public readonly int[] Block = new int[8];
        public long PulseEnergyPj;
        public readonly ProgramVerifyBatch Batch = new ProgramVerifyBatch(1);
        public int Winner;
        public long IntegrationTimeNs;
        public int AbortCompleted;

        /// <summary>8 x 8 places, 16 neurons, serial 0x00001234, noise-free device model, the default limits.</summary>
        public static VirtualBoardConfig BoardConfig()
        {
            return new VirtualBoardConfig { Rows = 8, Cols = 8, Serial = 0x1234, NeuronCount = 16, Seed = 1, Device = DeviceModelParameters.Ideal() };
        }

        public static ProgramVerifyParameters VerifyParameters()
        {
            return new ProgramVerifyParameters { ReadMv = 200, Samples = 4, MaxAttempts = 10 };
        }

        public void Run(ReRamBoard d)
        {
            d.Sequence = 0x00;
            Identity = d.Connect();                                                  // 0x01 IDENT
            d.ReadStatus(Status);                                                    // 0x02 STATUS
            d.SafeIdle();                                                            // 0x03 SAFE_IDLE
            d.ReadCells(new[] { 9, 9 }, new[] { 0, 8 }, 2, 200, 4, Cells);           // 0x04 READ_CELLS
            d.ReadNeighbourhood(9, 200, 1, Neighbourhood);                           // 0x05 READ_NEIGHBOURHOOD
            d.ReadBlock(8, 8, 1 << Payloads.StateDevice, 200, 2, Block);            // 0x06 READ_BLOCK (row 1, state devices)
            d.AddSet(9, 2, 1500, 100, 1000);                                         // 0x07 PULSE_LIST
            d.AddReset(9, 3, 1400, 1000);
            d.AddForm(10, 0, 3000, 50, 10000);
            PulseEnergyPj = d.CommitPulses();
            Batch.Clear();
            Batch.Add(9, 4, 90000, 110000);
            d.ProgramVerifyOnBoard(Batch, VerifyParameters());                       // 0x08 PROGRAM_VERIFY
            d.LoadNeuronThresholds(0, 2, new[] { 1000, 1200 }, 0);                   // 0x09 NEURON_LOAD
            Winner = d.IntegrateNeurons(new[] { 0, 1 }, new[] { 9, 9 }, new[] { 2, 4 }, 2, 200, 100000); // 0x0A NEURON_INTEGRATE
            IntegrationTimeNs = d.LastIntegrationTimeNs;
            AbortCompleted = d.Abort();                                              // 0x0B ABORT (idle: nothing to stop)
        }
    }
}
