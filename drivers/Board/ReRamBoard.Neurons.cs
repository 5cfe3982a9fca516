using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>The board's CMOS neuron bank (protocol 1.1, NEURON_LOAD / NEURON_INTEGRATE).</summary>
    public sealed partial class ReRamBoard
    {
        private long _lastIntegrationTimeNs;
        private long _lastIntegrationEnergyPj;

        /// <summary>Time from the start of the last integration to the first spike (the window if none fired), ns.</summary>
        public long LastIntegrationTimeNs { get { return _lastIntegrationTimeNs; } }
        /// <summary>Energy dissipated in the input devices during the last integration, pJ.</summary>
        public long LastIntegrationEnergyPj { get { return _lastIntegrationEnergyPj; } }

        /// <summary>Loads firing thresholds (mV, 0 = neuron disabled) of neurons
        /// <paramref name="firstNeuron"/> .. +<paramref name="count"/>-1 from <paramref name="thresholdsMv"/>[offset..].</summary>
        public void LoadNeuronThresholds(int firstNeuron, int count, int[] thresholdsMv, int offset)
        {
            RequireCapability(Capability.NeuronBank, Opcode.NeuronLoad);
            if (count < 1 || count > NeuronPayload.MaxLoad || firstNeuron < 0 || firstNeuron + count > _identity.NeuronCount)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "neurons " + firstNeuron + "+" + count + " are outside the bank of "
                    + _identity.NeuronCount + " (at most " + NeuronPayload.MaxLoad + " per call)");
            }
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_tx, p + NeuronPayload.LoadFirstNeuron, firstNeuron);
            LittleEndian.WriteU16(_tx, p + NeuronPayload.LoadCount, count);
            for (int i = 0; i < count; i++)
            {
                int mv = thresholdsMv[offset + i];
                if (mv < 0 || mv > 65535)
                {
                    throw new BoardException(BoardErrorKind.BadArgument, 0, "threshold " + mv + " mV is outside 0..65535");
                }
                LittleEndian.WriteU16(_tx, p + NeuronPayload.LoadHeaderBytes + i * NeuronPayload.LoadEntryBytes, mv);
            }
            Exchange(_tx, Opcode.NeuronLoad, NeuronPayload.LoadHeaderBytes + count * NeuronPayload.LoadEntryBytes, 0, false, 0);
        }

        /// <summary>
        /// Applies <paramref name="inputMv"/> across the listed devices, each feeding its neuron
        /// (<paramref name="neurons"/>[i] integrates the current of device (<paramref name="places"/>[i],
        /// <paramref name="devices"/>[i])), until the first neuron fires or <paramref name="maxTimeNs"/>
        /// passes. Returns the winner, or -1 if none fired; the time and energy are in
        /// <see cref="LastIntegrationTimeNs"/> and <see cref="LastIntegrationEnergyPj"/>. One transaction.
        /// </summary>
        public int IntegrateNeurons(int[] neurons, int[] places, int[] devices, int count, int inputMv, int maxTimeNs)
        {
            RequireCapability(Capability.NeuronBank, Opcode.NeuronIntegrate);
            if (count < 1 || count > NeuronPayload.MaxIntegrate)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "NEURON_INTEGRATE count " + count + " is outside 1.." + NeuronPayload.MaxIntegrate);
            }
            if (maxTimeNs < 1 || maxTimeNs > BoardTiming.NeuronMaxTimeNs)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "integration window " + maxTimeNs + " ns is outside 1.." + BoardTiming.NeuronMaxTimeNs);
            }
            // The input voltage sits across array devices exactly like a read: the read limit applies.
            CheckRead(inputMv, 1);
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_tx, p + NeuronPayload.IntegrateInputMv, inputMv);
            LittleEndian.WriteU16(_tx, p + NeuronPayload.IntegrateCount, count);
            LittleEndian.WriteU32(_tx, p + NeuronPayload.IntegrateMaxTimeNs, (uint)maxTimeNs);
            for (int i = 0; i < count; i++)
            {
                if (neurons[i] < 0 || neurons[i] >= _identity.NeuronCount)
                {
                    throw new BoardException(BoardErrorKind.BadArgument, 0, "neuron " + neurons[i] + " is outside 0.." + (_identity.NeuronCount - 1));
                }
                CheckPlace(places[i]);
                CheckDevice(devices[i]);
                int e = p + NeuronPayload.IntegrateHeaderBytes + i * NeuronPayload.IntegrateEntryBytes;
                LittleEndian.WriteU16(_tx, e + NeuronPayload.IntegrateEntryNeuron, neurons[i]);
                LittleEndian.WriteU16(_tx, e + NeuronPayload.IntegrateEntryPlace, places[i]);
                _tx[e + NeuronPayload.IntegrateEntryDevice] = (byte)devices[i];
                _tx[e + NeuronPayload.IntegrateEntryReserved] = 0;
            }
            Exchange(_tx, Opcode.NeuronIntegrate, NeuronPayload.IntegrateHeaderBytes + count * NeuronPayload.IntegrateEntryBytes,
                NeuronPayload.ResultBytes, true, ((long)maxTimeNs + BoardTiming.DecodeMaxNs) / 1000);
            int r = FrameLayout.OffsetPayload;
            int winner = LittleEndian.ReadU16(_rx, r + NeuronPayload.ResultWinner);
            _lastIntegrationTimeNs = LittleEndian.ReadU32(_rx, r + NeuronPayload.ResultTimeNs);
            _lastIntegrationEnergyPj = LittleEndian.ReadU32(_rx, r + NeuronPayload.ResultEnergyPj);
            Counters.EnergyFj += _lastIntegrationEnergyPj * 1000;
            Counters.NeuronIntegrations++;
            return winner == NeuronPayload.NoWinner ? -1 : winner;
        }
    }
}
