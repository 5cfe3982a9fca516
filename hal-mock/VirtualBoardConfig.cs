using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Model;

namespace ReRamNav.HalMock
{
    /// <summary>Everything that defines one virtual board: geometry, hard limits, timing and the device model.</summary>
    public sealed class VirtualBoardConfig
    {
        /// <summary>Grid of places (one neuron, 8 synapses and 1 state device each). 30 x 30 = the paper's maze.</summary>
        public int Rows = 30;
        public int Cols = 30;
        public uint Serial = 0x00000001;
        /// <summary>The board's own hard limits, announced in IDENT and enforced on every pulse.</summary>
        public SafetyLimits Limits = SafetyLimits.SiOxDefaults();
        /// <summary>SPI clock the virtual link is timed at, Hz (10 MHz: a conservative FPGA SPI slave).</summary>
        public int SpiClockHz = 10000000;
        /// <summary>Time to decode a command and start executing it, ns (an FPGA state machine at ~100 MHz).</summary>
        public int CommandDecodeNs = 500;
        /// <summary>One read sample of one device (sense amplifier settling + ADC), ns.</summary>
        public int ReadSampleNs = 1000;
        /// <summary>Gap between two pulses of a list (DAC settling, gate switching), ns.</summary>
        public int PulseGapNs = 200;
        /// <summary>Seed of the board's PRNG: the same seed gives the same device draws, on PC and MCU.</summary>
        public uint Seed = 1;
        /// <summary>The ReRAM device model (presets in <see cref="DeviceModelParameters"/>).</summary>
        public DeviceModelParameters Device = DeviceModelParameters.PaperSiOx1T1R();
        /// <summary>Stop voltage of the RESET every device gets at "fabrication", mV (negative): the array starts in HRS.</summary>
        public int InitialResetStopMv = -1200;
        /// <summary>Protocol minor announced in IDENT. Set 0 (with <see cref="Capabilities"/> =
        /// Capability.AllVersion10) to emulate a version 1.0 board.</summary>
        public int ProtocolMinor = FrameLayout.ProtocolMinor;
        /// <summary>Capability bits announced and honoured: an opcode whose bit is clear is answered
        /// UNKNOWN_OPCODE, as a board without it would. The NeuronBank bit is dropped when
        /// <see cref="NeuronCount"/> is 0.</summary>
        public uint Capabilities = Capability.AllVersion11;
        /// <summary>CMOS neurons on the board (0 = none). The paper's maze needs one per place.</summary>
        public int NeuronCount = 0;
    }
}
