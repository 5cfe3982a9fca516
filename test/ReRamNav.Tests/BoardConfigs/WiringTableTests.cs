using System.Globalization;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>
    /// docs/wiring.md's wiring tables are the board configs written out: this test regenerates each table
    /// from its config and fails when the page and the code disagree (the message holds the table to paste).
    /// </summary>
    [TestClass]
    public class WiringTableTests
    {
        public static string Table(BoardConfig c)
        {
            var sb = new StringBuilder();
            sb.AppendLine("| pin | signal | direction | level |");
            sb.AppendLine("| --- | --- | --- | --- |");
            void Row(int pin, string signal, string direction, string level)
            {
                if (pin >= 0) sb.AppendLine($"| {c.PinName(pin)} | {signal} | {direction} | {level} |");
            }
            string spi = $"SPI{c.SpiBusId}";
            Row(c.SckPin, $"SCK ({spi}, mode {c.SpiMode}, {(c.SpiClockHz / 1000000.0).ToString("0.##", CultureInfo.InvariantCulture)} MHz)", "kit → FPGA", "3.3 V CMOS");
            Row(c.MosiPin, $"MOSI ({spi})", "kit → FPGA", "3.3 V CMOS");
            Row(c.MisoPin, $"MISO ({spi})", "FPGA → kit", "3.3 V CMOS");
            Row(c.ChipSelectPin, "CS_N (chip select)", "kit → FPGA", "3.3 V CMOS, active low");
            Row(c.ReadyPin, "READY (response ready)", "FPGA → kit", "3.3 V CMOS, high = ready");
            Row(c.ResetPin, "RESET_N (board reset)", "kit → FPGA", "3.3 V CMOS, active low");
            Row(c.InterruptPin, "IRQ (optional)", "FPGA → kit", "3.3 V CMOS, active high");
            if (!c.UsesVirtualBoard) sb.AppendLine("| GND | GND (common ground) | — | 0 V |");
            Row(c.ConsoleTxPin, $"console TX ({c.ConsolePort}, {c.ConsoleBaud} 8N1)", "kit → USB-UART RX", "3.3 V CMOS");
            Row(c.ConsoleRxPin, $"console RX ({c.ConsolePort})", "USB-UART TX → kit", "3.3 V CMOS");
            Row(c.StatusLedPin, "status LED", "kit → LED", c.StatusLedActiveHigh ? "on = high" : "on = low");
            Row(c.UserButtonPin, "user button (starts the demo)", "button → kit", c.UserButtonPressedHigh ? "pressed = high" : "pressed = low");
            return sb.ToString().Replace("\r\n", "\n");
        }

        /// <summary>The safety limits of every kit, one row each (docs/wiring.md §3).</summary>
        public static string LimitsTable()
        {
            var sb = new StringBuilder();
            sb.AppendLine("| kit | SET max | RESET max (stop) | FORM max | compliance | read max | pulse width |");
            sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (string name in BoardConfigRegistry.Names)
            {
                var l = BoardConfigRegistry.Get(name).Limits;
                sb.AppendLine($"| `{name}` | {l.SetMaxMv} mV | -{l.ResetMaxMv} mV | {l.FormMaxMv} mV | {l.ComplianceMinUa}..{l.ComplianceMaxUa} µA | {l.ReadMaxMv} mV | {l.WidthMinNs}..{l.WidthMaxNs} ns |");
            }
            return sb.ToString().Replace("\r\n", "\n");
        }

        [TestMethod]
        public void WiringDoc_HasTheSafetyLimitsOfEveryKit()
        {
            string doc = File.ReadAllText(RepoPaths.Get("docs/wiring.md")).Replace("\r\n", "\n");
            string table = LimitsTable();
            Assert.IsTrue(doc.Contains(table), "docs/wiring.md §3 is out of date; expected:\n" + table);
        }

        [TestMethod]
        public void WiringDoc_HasTheWiringTableOfEveryKit()
        {
            string doc = File.ReadAllText(RepoPaths.Get("docs/wiring.md")).Replace("\r\n", "\n");
            var missing = new StringBuilder();
            foreach (string name in BoardConfigRegistry.Names)
            {
                BoardConfig c = BoardConfigRegistry.Get(name);
                string table = Table(c);
                if (!doc.Contains(table)) missing.Append($"\n### {name}: expected table\n\n{table}");
                if (!doc.Contains("`" + c.NanoffTarget + "`")) missing.Append($"\n{name}: target `{c.NanoffTarget}` not named");
            }
            Assert.AreEqual(0, missing.Length, "docs/wiring.md is out of date:" + missing);
        }
    }
}
