using ReRamNav.Drivers.Protocol;

namespace ReRamNav.HalMock
{
    /// <summary>The virtual board's neuron bank opcodes (model in Neurons/IntegrateAndFireBank.cs).</summary>
    public sealed partial class VirtualBoard
    {
        private byte ExecuteNeuronLoad(int payloadLength)
        {
            if (payloadLength < NeuronPayload.LoadHeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int first = LittleEndian.ReadU16(_command, p + NeuronPayload.LoadFirstNeuron);
            int count = LittleEndian.ReadU16(_command, p + NeuronPayload.LoadCount);
            if (count == 0 || payloadLength != NeuronPayload.LoadHeaderBytes + count * NeuronPayload.LoadEntryBytes) return StatusCode.BadLength;
            if (first + count > Neurons.Count) return StatusCode.AddressOutOfRange;
            for (int i = 0; i < count; i++)
            {
                if (LittleEndian.ReadU16(_command, p + NeuronPayload.LoadHeaderBytes + 2 * i) > Neurons.ThresholdMaxMv) return StatusCode.BadParameter;
            }
            for (int i = 0; i < count; i++)
            {
                Neurons.SetThresholdMv(first + i, LittleEndian.ReadU16(_command, p + NeuronPayload.LoadHeaderBytes + 2 * i));
            }
            return StatusCode.Ok;
        }

        private byte ExecuteNeuronIntegrate(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength < NeuronPayload.IntegrateHeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int inputMv = LittleEndian.ReadU16(_command, p + NeuronPayload.IntegrateInputMv);
            int count = LittleEndian.ReadU16(_command, p + NeuronPayload.IntegrateCount);
            uint windowNs = LittleEndian.ReadU32(_command, p + NeuronPayload.IntegrateMaxTimeNs);
            if (count == 0 || payloadLength != NeuronPayload.IntegrateHeaderBytes + count * NeuronPayload.IntegrateEntryBytes) return StatusCode.BadLength;
            if (windowNs == 0 || windowNs > BoardTiming.NeuronMaxTimeNs) return StatusCode.BadParameter;
            for (int i = 0; i < count; i++)
            {
                int e = p + NeuronPayload.IntegrateHeaderBytes + i * NeuronPayload.IntegrateEntryBytes;
                if (LittleEndian.ReadU16(_command, e + NeuronPayload.IntegrateEntryNeuron) >= Neurons.Count
                    || LittleEndian.ReadU16(_command, e + NeuronPayload.IntegrateEntryPlace) >= Array.PlaceCount
                    || _command[e + NeuronPayload.IntegrateEntryDevice] >= Payloads.DevicesPerPlace)
                {
                    return StatusCode.AddressOutOfRange;
                }
            }
            // The input voltage sits across array devices like a read voltage: the read limit applies.
            if (Config.Limits.CheckRead(inputMv, 1) != null) return StatusCode.LimitExceeded;
            Neurons.BeginIntegration();
            long conductanceSumNs = 0;
            for (int i = 0; i < count; i++)
            {
                int e = p + NeuronPayload.IntegrateHeaderBytes + i * NeuronPayload.IntegrateEntryBytes;
                int g = Array.ReadNs(LittleEndian.ReadU16(_command, e + NeuronPayload.IntegrateEntryPlace), _command[e + NeuronPayload.IntegrateEntryDevice]);
                conductanceSumNs += g;
                Neurons.AddInput(LittleEndian.ReadU16(_command, e + NeuronPayload.IntegrateEntryNeuron), inputMv, g);
            }
            long timeNs;
            int winner = Neurons.FirstToFire(windowNs, out timeNs);
            // Every input device conducts for the whole integration (the bank stops at the first spike).
            // E = V² · ΣG · t: mV² · nS = fW, / 1000 = pW; pW · ns = 1e-9 pJ. Ordered to stay inside a long.
            long powerPw = (long)inputMv * inputMv * conductanceSumNs / 1000;
            long energyPj = powerPw * timeNs / 1000000000;
            int r = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_response, r + NeuronPayload.ResultWinner, winner < 0 ? NeuronPayload.NoWinner : winner);
            LittleEndian.WriteU16(_response, r + NeuronPayload.ResultReserved, 0);
            LittleEndian.WriteU32(_response, r + NeuronPayload.ResultTimeNs, (uint)timeNs);
            LittleEndian.WriteU32(_response, r + NeuronPayload.ResultEnergyPj, (uint)energyPj);
            busyNs += timeNs;
            responsePayload = NeuronPayload.ResultBytes;
            return StatusCode.Ok;
        }
    }
}
