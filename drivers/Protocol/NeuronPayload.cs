namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// NEURON_LOAD (0x30) and NEURON_INTEGRATE (0x31), protocol 1.1, boards with CMOS neurons
    /// (<see cref="Capability.NeuronBank"/>, IDENT neuron count &gt; 0).
    /// </summary>
    public static class NeuronPayload
    {
        // NEURON_LOAD request: header 4 bytes + count x u16 threshold, mV (0 = neuron disabled). Empty response.
        public const int LoadFirstNeuron = 0;    // u16
        public const int LoadCount = 2;          // u16, >= 1
        public const int LoadHeaderBytes = 4;
        public const int LoadEntryBytes = 2;
        public const int MaxLoad = (FrameLayout.MaxPayloadBytes - LoadHeaderBytes) / LoadEntryBytes;

        // NEURON_INTEGRATE request: header 8 bytes + count x 6-byte input entries.
        public const int IntegrateInputMv = 0;   // u16 voltage applied across every input device, mV (read limits)
        public const int IntegrateCount = 2;     // u16 entries, >= 1
        public const int IntegrateMaxTimeNs = 4; // u32 integration window, 1..BoardTiming.NeuronMaxTimeNs
        public const int IntegrateHeaderBytes = 8;
        public const int IntegrateEntryNeuron = 0;  // u16 neuron the device's current flows into
        public const int IntegrateEntryPlace = 2;   // u16
        public const int IntegrateEntryDevice = 4;  // u8 0..8
        public const int IntegrateEntryReserved = 5;// u8, 0
        public const int IntegrateEntryBytes = 6;
        public const int MaxIntegrate = (FrameLayout.MaxPayloadBytes - IntegrateHeaderBytes) / IntegrateEntryBytes;

        // NEURON_INTEGRATE response, 12 bytes.
        public const int ResultWinner = 0;       // u16 first neuron to fire, NoWinner if none within the window
        public const int ResultReserved = 2;     // u16, 0
        public const int ResultTimeNs = 4;       // u32 time from start to the first spike (= window if none), ns
        public const int ResultEnergyPj = 8;     // u32 energy dissipated in the input devices, pJ
        public const int ResultBytes = 12;

        public const int NoWinner = 0xFFFF;
    }
}
