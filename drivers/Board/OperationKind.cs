using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>What one row of the per-operation log (<see cref="IOperationLog"/>) records. Named constants,
    /// not an enum, because nanoFramework prints enums as numbers.</summary>
    public static class OperationKind
    {
        /// <summary>One device read (one conductance value returned by READ_NEIGHBOURHOOD, READ_CELLS or READ_BLOCK).</summary>
        public const int Read = 1;
        public const int Set = 2;
        public const int Reset = 3;
        public const int Form = 4;
        /// <summary>The result of program-and-verify for one cell: on the MCU its reads and pulses are logged
        /// one by one as well; on the board (PROGRAM_VERIFY) this row is all the MCU sees.</summary>
        public const int ProgramVerify = 5;

        public static int FromPulseKind(byte pulseKind)
        {
            if (pulseKind == PulseKind.Set) return Set;
            if (pulseKind == PulseKind.Reset) return Reset;
            return Form;
        }

        public static string Name(int kind)
        {
            switch (kind)
            {
                case Read: return "read";
                case Set: return "set";
                case Reset: return "reset";
                case Form: return "form";
                case ProgramVerify: return "program-verify";
                default: return "op-" + kind;
            }
        }
    }
}
