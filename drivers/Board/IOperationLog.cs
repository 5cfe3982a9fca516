namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Receives one row per pulse and per device read the board executed, like the per-operation logs of
    /// ArC TWO and NI-RRAM (docs/protocol.md §12). Attach one to <see cref="ReRamBoard.OperationLog"/>;
    /// with none attached (the default) the driver does no logging work at all. Primitive arguments
    /// only, so that the driver allocates nothing to log; an implementation that keeps a row must copy it.
    /// Columns and units: <see cref="OperationLogColumns"/>.
    /// </summary>
    public interface IOperationLog
    {
        /// <param name="timeUs">Driver clock when the command carrying the operation was first sent, µs; for a program-verify row, when its result came back.</param>
        /// <param name="operation">An <see cref="OperationKind"/>.</param>
        /// <param name="row">Place row = place / cols.</param>
        /// <param name="col">Place column = place % cols.</param>
        /// <param name="device">Device of the place, 0..8 (8 = the state device).</param>
        /// <param name="voltageMv">Read voltage, SET / FORM amplitude, or RESET stop-voltage magnitude |V_STOP|, mV.</param>
        /// <param name="complianceUa">Compliance current I_C, µA (0 for reads and RESET).</param>
        /// <param name="widthNs">Pulse width, ns (0 for reads).</param>
        /// <param name="samples">Read samples averaged (0 for pulses).</param>
        /// <param name="pulses">Pulses applied by this row: 1 for a pulse, 0 for a read, the count for program-verify.</param>
        /// <param name="conductanceNs">Conductance read, nS; -1 when the row has no read (a pulse).</param>
        /// <param name="verify">-1 when the row is not a verify result, else a <see cref="ProgramVerifyOutcome"/>.</param>
        /// <param name="status">The board's status for the operation (<see cref="Protocol.StatusCode"/>; 0 = OK).</param>
        void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
            int samples, int pulses, int conductanceNs, int verify, int status);
    }
}
