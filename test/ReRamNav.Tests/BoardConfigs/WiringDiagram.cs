using System.Globalization;
using System.Text;
using ReRamNav.BoardConfigs;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>
    /// Draws a kit's wiring as a small SVG from its board config (docs/images/wiring-NAME.svg): the kit's
    /// pins on the left, one wire per signal, and what it goes to on the right (FPGA board, USB-UART
    /// adapter, LED, button). Generated, never edited by hand: WiringDiagramTests compares the files with
    /// this output (RERAMNAV_WRITE_DOCS=1 rewrites them).
    /// </summary>
    internal static class WiringDiagram
    {
        private const int RowHeight = 30;
        private const int Top = 70;

        private sealed record Wire(string KitPin, string Signal, bool FromKit, string Group, string Far);

        public static string Svg(BoardConfig c)
        {
            var wires = new List<Wire>();
            void Add(int pin, string signal, bool fromKit, string group, string far)
            {
                if (pin >= 0) wires.Add(new Wire(c.PinName(pin), signal, fromKit, group, far));
            }
            string mhz = (c.SpiClockHz / 1000000.0).ToString("0.##", CultureInfo.InvariantCulture);
            Add(c.SckPin, $"SCK  SPI{c.SpiBusId} mode {c.SpiMode} {mhz} MHz", true, "FPGA board", "SCK");
            Add(c.MosiPin, "MOSI", true, "FPGA board", "MOSI");
            Add(c.MisoPin, "MISO", false, "FPGA board", "MISO");
            Add(c.ChipSelectPin, "CS_N  active low", true, "FPGA board", "CS_N");
            Add(c.ReadyPin, "READY  high = ready", false, "FPGA board", "READY");
            Add(c.ResetPin, "RESET_N  active low", true, "FPGA board", "RESET_N");
            Add(c.InterruptPin, "IRQ  optional", false, "FPGA board", "IRQ");
            if (!c.UsesVirtualBoard) wires.Add(new Wire("GND", "common ground", true, "FPGA board", "GND"));
            Add(c.ConsoleTxPin, $"console TX  {c.ConsolePort} {c.ConsoleBaud} 8N1", true, "USB-UART 3.3 V", "RX");
            Add(c.ConsoleRxPin, "console RX", false, "USB-UART 3.3 V", "TX");
            if (c.ConsoleTxPin >= 0) wires.Add(new Wire("GND", "ground", true, "USB-UART 3.3 V", "GND"));
            Add(c.StatusLedPin, "status LED  " + (c.StatusLedActiveHigh ? "on = high" : "on = low"), true, "LED", c.StatusLedActiveHigh ? "LED + 330 Ω to GND" : "LED + 330 Ω to 3V3");
            Add(c.UserButtonPin, "user button  " + (c.UserButtonPressedHigh ? "pressed = high" : "pressed = low"), false, "button", c.UserButtonPressedHigh ? "button to 3V3" : "button to GND");

            int height = Top + wires.Count * RowHeight + 40;
            var svg = new StringBuilder();
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"").Append(height).Append("\" viewBox=\"0 0 820 ").Append(height)
               .Append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
            svg.Append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>\n");
            svg.Append("  <rect width=\"820\" height=\"").Append(height).Append("\" fill=\"white\"/>\n");
            svg.Append("  <text x=\"20\" y=\"28\" font-size=\"16\" font-weight=\"bold\">").Append(Escape(c.Description)).Append(" (").Append(Escape(c.Name)).Append(")</text>\n");
            svg.Append("  <text x=\"20\" y=\"48\" fill=\"#555\">nanoff target ").Append(Escape(c.NanoffTarget)).Append(c.UsesVirtualBoard ? "; no FPGA: the virtual board runs on the kit" :
                c.MuxesSpiPinsAtRunTime ? "; SPI pins routed by the firmware (Configuration.SetPinFunction)" : "; SPI pins fixed by the firmware image").Append("; all signals 3.3 V</text>\n");
            int kitBottom = Top + wires.Count * RowHeight - 10;
            svg.Append("  <rect x=\"20\" y=\"").Append(Top - 20).Append("\" width=\"130\" height=\"").Append(kitBottom - Top + 30).Append("\" rx=\"6\" fill=\"#e8f0fe\" stroke=\"#333\"/>\n");
            svg.Append("  <text x=\"85\" y=\"").Append(kitBottom + 25).Append("\" text-anchor=\"middle\" font-weight=\"bold\">dev kit</text>\n");
            for (int i = 0; i < wires.Count; i++)
            {
                Wire w = wires[i];
                int y = Top + i * RowHeight;
                svg.Append("  <text x=\"140\" y=\"").Append(y + 4).Append("\" text-anchor=\"end\">").Append(Escape(w.KitPin)).Append("</text>\n");
                svg.Append("  <line x1=\"150\" y1=\"").Append(y).Append("\" x2=\"520\" y2=\"").Append(y).Append("\" stroke=\"#333\" ")
                   .Append(w.FromKit ? "marker-end" : "marker-start").Append("=\"url(#arrow)\"/>\n");
                svg.Append("  <text x=\"335\" y=\"").Append(y - 5).Append("\" text-anchor=\"middle\" fill=\"#333\">").Append(Escape(w.Signal)).Append("</text>\n");
                svg.Append("  <text x=\"530\" y=\"").Append(y + 4).Append("\">").Append(Escape(w.Far)).Append("</text>\n");
            }
            // One box per far end, around its consecutive rows.
            for (int i = 0; i < wires.Count;)
            {
                int j = i;
                while (j + 1 < wires.Count && wires[j + 1].Group == wires[i].Group) j++;
                int y0 = Top + i * RowHeight - 18, y1 = Top + j * RowHeight + 12;
                svg.Append("  <rect x=\"522\" y=\"").Append(y0).Append("\" width=\"160\" height=\"").Append(y1 - y0).Append("\" rx=\"6\" fill=\"none\" stroke=\"#888\"/>\n");
                svg.Append("  <text x=\"690\" y=\"").Append((y0 + y1) / 2 + 4).Append("\" fill=\"#555\">").Append(Escape(wires[i].Group)).Append("</text>\n");
                i = j + 1;
            }
            svg.Append("</svg>\n");
            return svg.ToString();
        }

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
