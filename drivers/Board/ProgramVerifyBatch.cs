namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Cells to program into windows, and their results, in arrays allocated once at construction
    /// (<paramref name="capacity"/> cells) and reused for every run. Filled by the caller
    /// (<see cref="Add"/>), run by <see cref="ProgramVerifier"/> on the MCU or by the board's
    /// PROGRAM_VERIFY opcode, read back per cell.
    /// </summary>
    public sealed class ProgramVerifyBatch
    {
        public readonly int[] Places;
        public readonly int[] Devices;
        public readonly int[] LowNs;
        public readonly int[] HighNs;
        /// <summary>Per cell: a <see cref="ProgramVerifyOutcome"/>.</summary>
        public readonly byte[] Outcome;
        /// <summary>Per cell: pulses applied.</summary>
        public readonly int[] Pulses;
        /// <summary>Per cell: the last verify read, nS.</summary>
        public readonly int[] FinalNs;
        /// <summary>Energy of every pulse applied in the last run, pJ (as reported by the board).</summary>
        public long EnergyPj;
        public int Count;

        public ProgramVerifyBatch(int capacity)
        {
            Places = new int[capacity];
            Devices = new int[capacity];
            LowNs = new int[capacity];
            HighNs = new int[capacity];
            Outcome = new byte[capacity];
            Pulses = new int[capacity];
            FinalNs = new int[capacity];
        }

        public int Capacity { get { return Places.Length; } }

        public void Clear()
        {
            Count = 0;
            EnergyPj = 0;
        }

        /// <summary>Adds one cell with its target window [lowNs, highNs] (inclusive).</summary>
        public void Add(int place, int device, int lowNs, int highNs)
        {
            if (Count == Places.Length)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "program-verify batch is full (" + Places.Length + " cells)");
            }
            if (lowNs < 0 || highNs < lowNs)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "window " + lowNs + ".." + highNs + " nS is empty or negative");
            }
            Places[Count] = place;
            Devices[Count] = device;
            LowNs[Count] = lowNs;
            HighNs[Count] = highNs;
            Outcome[Count] = ProgramVerifyOutcome.NotRun;
            Pulses[Count] = 0;
            FinalNs[Count] = 0;
            Count++;
        }

        /// <summary>Cells whose outcome is <see cref="ProgramVerifyOutcome.Pass"/>.</summary>
        public int PassCount
        {
            get
            {
                int n = 0;
                for (int i = 0; i < Count; i++)
                {
                    if (Outcome[i] == ProgramVerifyOutcome.Pass) n++;
                }
                return n;
            }
        }
    }
}
