using System.CommandLine;
using System.Globalization;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>`board ident`, `board status`, `board safe-idle`: what the board is, what it counted, and putting it in safe idle.</summary>
internal static class BoardInfoCommands
{
    private static readonly (uint Bit, string Name)[] CapabilityNames =
    {
        (Capability.ReadNeighbourhood, "READ_NEIGHBOURHOOD"), (Capability.PulseList, "PULSE_LIST"), (Capability.ReadCells, "READ_CELLS"),
        (Capability.Status, "STATUS"), (Capability.Abort, "ABORT"), (Capability.ReadBlock, "READ_BLOCK"),
        (Capability.NeuronBank, "NEURON_BANK"), (Capability.ProgramVerify, "PROGRAM_VERIFY"),
    };

    public static void AddTo(Command board, TextWriter stdout, TextWriter stderr)
    {
        board.Subcommands.Add(BoardCommand.Sub("ident", "IDENT: protocol version, array geometry, devices per cell, neurons, capabilities, serial, the board's hard limits, and the limits in force",
            true, null, Ident, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("status", "STATUS: the board's error and operation counters, last error, flags; and the driver's own counters",
            true, null, Status, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("safe-idle", "SAFE_IDLE, then ABORT (stops anything running), then STATUS to confirm the safe idle state",
            true, null, SafeIdle, stdout, stderr));
    }

    private static string Ident(BoardRun run)
    {
        BoardIdentity id = run.Driver.Identity;
        var report = new Report(run);
        report.Add("protocol", $"{id.ProtocolMajor}.{id.ProtocolMinor}");
        report.Add("rows", id.Rows);
        report.Add("cols", id.Cols);
        report.Add("devices_per_place", id.DevicesPerPlace);
        report.Add("neuron_count", id.NeuronCount);
        report.Add("capabilities", "0x" + id.Capabilities.ToString("X8", CultureInfo.InvariantCulture) + " "
            + string.Join(" ", CapabilityNames.Where(c => id.Has(c.Bit)).Select(c => c.Name)));
        report.Add("serial", "0x" + id.Serial.ToString("X8", CultureInfo.InvariantCulture));
        report.Limits(id.BoardLimits, KitLimits(run), run.Driver.Limits);
        report.Finish();
        return $"protocol {id.ProtocolMajor}.{id.ProtocolMinor}, {id.Rows}x{id.Cols} places x {id.DevicesPerPlace} devices, serial 0x{id.Serial:X8}";
    }

    private static SafetyLimits KitLimits(BoardRun run)
    {
        string name = run.Text("--kit") ?? "mock-bench";
        return ReRamNav.BoardConfigs.BoardConfigRegistry.Get(name).Limits;
    }

    private static string Status(BoardRun run)
    {
        var status = new BoardStatus();
        run.Driver.ReadStatus(status);
        var report = new Report(run);
        AddStatus(report, status);
        var k = run.Driver.Counters;
        report.Add("driver_transactions", k.Transactions);
        report.Add("driver_spi_bytes", k.SpiBytes);
        report.Add("driver_retries", k.Retries);
        report.Add("driver_timeouts", k.Timeouts);
        report.Add("driver_corrupt_responses", k.CorruptResponses);
        report.Add("driver_nacks", k.Nacks);
        report.Add("driver_limit_refusals", k.LimitRefusals);
        report.Finish();
        return $"{status.CommandsExecuted} commands executed, {status.CommandsRejected} rejected, safe idle {(status.IsSafeIdle ? "yes" : "NO")}";
    }

    private static string SafeIdle(BoardRun run)
    {
        run.Driver.SafeIdle();
        int completed = run.Driver.Identity.Has(Capability.Abort) ? run.Driver.Abort() : 0;
        var status = new BoardStatus();
        run.Driver.ReadStatus(status);
        var report = new Report(run);
        report.Add("aborted_opcode", Opcode.Name(run.Driver.LastAbortedOpcode));
        report.Add("aborted_pulses_completed", completed);
        AddStatus(report, status);
        report.Finish();
        return "safe idle " + (status.IsSafeIdle ? "confirmed by STATUS" : "NOT confirmed by STATUS");
    }

    private static void AddStatus(Report report, BoardStatus s)
    {
        report.Add("safe_idle", s.IsSafeIdle ? 1 : 0);
        report.Add("busy", s.IsBusy ? 1 : 0);
        report.Add("last_aborted", s.LastWasAborted ? 1 : 0);
        report.Add("last_error", $"{StatusCode.Name(s.LastErrorStatus)} on {Opcode.Name(s.LastErrorOpcode)} #{s.LastErrorSequence}");
        report.Add("commands_executed", s.CommandsExecuted);
        report.Add("commands_rejected", s.CommandsRejected);
        report.Add("crc_errors", s.CrcErrors);
        report.Add("framing_errors", s.FramingErrors);
        report.Add("unknown_opcodes", s.UnknownOpcodes);
        report.Add("address_errors", s.AddressErrors);
        report.Add("limit_errors", s.LimitErrors);
        report.Add("parameter_errors", s.ParameterErrors);
        report.Add("replays", s.Replays);
        report.Add("aborts", s.Aborts);
        report.Add("pulses", s.PulseCount);
        report.Add("read_samples", s.ReadSampleCount);
        report.Add("ignored_while_busy", s.IgnoredWhileBusy);
    }

    /// <summary>A report: aligned "field  value" lines on standard output, and field,value CSV to --out.</summary>
    private sealed class Report(BoardRun run)
    {
        private readonly List<(string Field, string Value)> _rows = new();
        private readonly List<(string Field, string Value)> _csvOnly = new();
        private readonly List<string> _limitLines = new();

        public void Add(string field, string value) => _rows.Add((field, value));

        public void Add(string field, long value) => Add(field, value.ToString(CultureInfo.InvariantCulture));

        /// <summary>The three limit sets side by side (text) and as board_/kit_/in_force_ fields (CSV).</summary>
        public void Limits(SafetyLimits board, SafetyLimits kit, SafetyLimits inForce)
        {
            var names = new[] { "SetMaxMv", "ResetMaxMv", "FormMaxMv", "ComplianceMinUa", "ComplianceMaxUa", "ReadMaxMv", "WidthMinNs", "WidthMaxNs" };
            var fields = new[] { "set_max_mv", "reset_max_mv", "form_max_mv", "compliance_min_ua", "compliance_max_ua", "read_max_mv", "width_min_ns", "width_max_ns" };
            static int[] Values(SafetyLimits l) => new[] { l.SetMaxMv, l.ResetMaxMv, l.FormMaxMv, l.ComplianceMinUa, l.ComplianceMaxUa, l.ReadMaxMv, l.WidthMinNs, l.WidthMaxNs };
            var sets = new[] { ("board", Values(board)), ("kit", Values(kit)), ("in_force", Values(inForce)) };
            _limitLines.Add($"{"limit",-17}{"board (IDENT)",14}{"kit",10}{"in force",10}");
            for (int i = 0; i < names.Length; i++)
                _limitLines.Add($"{names[i],-17}{sets[0].Item2[i],14}{sets[1].Item2[i],10}{sets[2].Item2[i],10}");
            foreach (var (source, values) in sets)
                for (int i = 0; i < fields.Length; i++) _csvOnly.Add(($"{source}_{fields[i]}", values[i].ToString(CultureInfo.InvariantCulture)));
        }

        public void Finish()
        {
            int width = _rows.Max(r => r.Field.Length);
            foreach (var (field, value) in _rows) run.Stdout.WriteLine(field.PadRight(width + 2) + value);
            if (_limitLines.Count > 0)
            {
                run.Stdout.WriteLine();
                foreach (string line in _limitLines) run.Stdout.WriteLine(line);
            }
            if (run.Csv == null) return;
            run.Csv.WriteLine("field,value");
            foreach (var (field, value) in _rows.Concat(_csvOnly)) run.Csv.WriteLine(field + "," + value);
        }
    }
}
