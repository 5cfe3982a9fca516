namespace ReRamNav.Drivers.Board
{
    /// <summary>Per-cell result of program-and-verify (a byte on the wire, docs/protocol.md §5.9).</summary>
    public static class ProgramVerifyOutcome
    {
        /// <summary>The last verify read is inside the window.</summary>
        public const byte Pass = 0;
        /// <summary>MaxAttempts pulses were applied and the last read is still outside the window.</summary>
        public const byte FailMaxAttempts = 1;
        /// <summary>Not run (the batch was aborted or refused before this cell).</summary>
        public const byte NotRun = 0xFF;

        public static string Name(byte outcome)
        {
            switch (outcome)
            {
                case Pass: return "pass";
                case FailMaxAttempts: return "fail";
                case NotRun: return "not-run";
                default: return "outcome-" + outcome;
            }
        }
    }
}
