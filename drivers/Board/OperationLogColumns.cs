namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// The columns of the per-operation log, in <see cref="IOperationLog.Record"/> argument order, shared by
    /// the host CSV (tools/reramnav/Output/OperationCsvLog.cs) and the device telemetry lines
    /// (firmware/Console/OperationTelemetryLog.cs) so that the two cannot drift apart.
    /// operation is <see cref="OperationKind.Name"/>; verify is pass, fail or empty; status is the
    /// board's status name (OK, LIMIT_EXCEEDED, ...).
    /// </summary>
    public static class OperationLogColumns
    {
        public const string Header =
            "time_us,operation,row,col,device,voltage_mv,compliance_ua,width_ns,samples,pulses,conductance_ns,verify,status";

        public const int Count = 13;

        /// <summary>"pass", "fail" or "" (not a verify row).</summary>
        public static string VerifyText(int verify)
        {
            if (verify < 0) return "";
            return verify == ProgramVerifyOutcome.Pass ? "pass" : verify == ProgramVerifyOutcome.FailMaxAttempts ? "fail" : "not-run";
        }
    }
}
