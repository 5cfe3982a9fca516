using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>What a board says about itself in IDENT (docs/protocol.md §5.1).</summary>
    public sealed class BoardIdentity
    {
        public int ProtocolMajor;
        public int ProtocolMinor;
        /// <summary>Grid of places the array is organised as (one neuron per place).</summary>
        public int Rows;
        public int Cols;
        public int DevicesPerPlace;
        public int NeuronCount;
        public uint Capabilities;
        public uint Serial;
        /// <summary>The board's own hard limits.</summary>
        public SafetyLimits BoardLimits;

        public int PlaceCount { get { return Rows * Cols; } }

        public bool Has(uint capability)
        {
            return (Capabilities & capability) == capability;
        }

        /// <summary>Decodes an IDENT payload, or returns null with the reason when it cannot be a board we support.</summary>
        public static BoardIdentity Decode(byte[] buffer, int offset, int length, out string whyNot)
        {
            whyNot = null;
            if (length != Payloads.IdentBytes)
            {
                whyNot = "IDENT payload has " + length + " bytes, expected " + Payloads.IdentBytes;
                return null;
            }
            uint magic = LittleEndian.ReadU32(buffer, offset + Payloads.IdentMagic);
            if (magic != FrameLayout.IdentMagic)
            {
                whyNot = "IDENT magic is 0x" + magic.ToString("X8") + ", expected 0x" + FrameLayout.IdentMagic.ToString("X8") + " (\"RRNV\")";
                return null;
            }
            var id = new BoardIdentity();
            id.ProtocolMajor = buffer[offset + Payloads.IdentProtocolMajor];
            id.ProtocolMinor = buffer[offset + Payloads.IdentProtocolMinor];
            id.Rows = LittleEndian.ReadU16(buffer, offset + Payloads.IdentRows);
            id.Cols = LittleEndian.ReadU16(buffer, offset + Payloads.IdentCols);
            id.DevicesPerPlace = buffer[offset + Payloads.IdentDevicesPerPlace];
            id.NeuronCount = LittleEndian.ReadU16(buffer, offset + Payloads.IdentNeuronCount);
            id.Capabilities = LittleEndian.ReadU32(buffer, offset + Payloads.IdentCapabilities);
            id.Serial = LittleEndian.ReadU32(buffer, offset + Payloads.IdentSerial);
            id.BoardLimits = SafetyLimits.Decode(buffer, offset + Payloads.IdentLimits);
            if (id.ProtocolMajor != FrameLayout.ProtocolMajor)
            {
                whyNot = "board speaks protocol " + id.ProtocolMajor + "." + id.ProtocolMinor + ", this driver speaks "
                    + FrameLayout.ProtocolMajor + ".x";
                return null;
            }
            if (id.DevicesPerPlace != Payloads.DevicesPerPlace)
            {
                whyNot = "board has " + id.DevicesPerPlace + " devices per place, expected " + Payloads.DevicesPerPlace;
                return null;
            }
            // Multiplied in 64 bits: two u16 dimensions overflow an int (found by DriverResponseFuzzTests).
            if (id.Rows < 1 || id.Cols < 1 || (long)id.Rows * id.Cols > 65535)
            {
                whyNot = "board geometry " + id.Rows + "x" + id.Cols + " is not usable (1..65535 places)";
                return null;
            }
            if (!id.Has(Capability.ReadNeighbourhood | Capability.PulseList))
            {
                whyNot = "board lacks READ_NEIGHBOURHOOD or PULSE_LIST (capabilities 0x" + id.Capabilities.ToString("X8") + ")";
                return null;
            }
            return id;
        }

        public void Encode(byte[] buffer, int offset)
        {
            LittleEndian.WriteU32(buffer, offset + Payloads.IdentMagic, FrameLayout.IdentMagic);
            buffer[offset + Payloads.IdentProtocolMajor] = (byte)ProtocolMajor;
            buffer[offset + Payloads.IdentProtocolMinor] = (byte)ProtocolMinor;
            LittleEndian.WriteU16(buffer, offset + Payloads.IdentRows, Rows);
            LittleEndian.WriteU16(buffer, offset + Payloads.IdentCols, Cols);
            buffer[offset + Payloads.IdentDevicesPerPlace] = (byte)DevicesPerPlace;
            buffer[offset + Payloads.IdentReserved] = 0;
            LittleEndian.WriteU16(buffer, offset + Payloads.IdentNeuronCount, NeuronCount);
            LittleEndian.WriteU32(buffer, offset + Payloads.IdentCapabilities, Capabilities);
            LittleEndian.WriteU32(buffer, offset + Payloads.IdentSerial, Serial);
            BoardLimits.Encode(buffer, offset + Payloads.IdentLimits);
        }
    }
}
