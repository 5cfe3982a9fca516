using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The learned state as the agent sees it, one console line per row of places (the `dump` command):
    /// each place's threshold class from its state device (T trail, . nominal, W penalised wall, the
    /// agent's own bounds in <see cref="AgentParameters"/>) and how many of its 8 synapses are potentiated
    /// (0..8, synapses that point off the array left out). Two READ_CELLS per row; the buffers are made once.
    /// </summary>
    public sealed class LearnedStateDump
    {
        private readonly int[] _places = new int[Payloads.MaxReadCells];
        private readonly int[] _devices = new int[Payloads.MaxReadCells];
        private readonly int[] _values = new int[Payloads.MaxReadCells];
        private readonly int[] _state = new int[Payloads.MaxReadCells];

        /// <summary>Trail, nominal and wall places counted by the last <see cref="Write"/>.</summary>
        public int TrailPlaces;
        public int NominalPlaces;
        public int WallPlaces;

        public void Write(ReRamBoard board, AgentParameters p, LineWriter output)
        {
            BoardIdentity id = board.Identity;
            int cols = id.Cols;
            TrailPlaces = 0;
            NominalPlaces = 0;
            WallPlaces = 0;
            output.Append("# dump: ").Append(id.Rows).Append(" rows; thresholds T trail (<= ").Append(p.TrailMaxNs)
                .Append(" nS), . nominal, W wall (>= ").Append(p.WallMinNs).Append(" nS); synapses: potentiated (>= ")
                .Append(p.SynapseLrsMinNs).Append(" nS) of 8").EndLine();
            // A row's synapses may exceed one READ_CELLS (255): read them in pieces of whole places.
            int placesPerRead = Payloads.MaxReadCells / Direction.Count;
            for (int row = 0; row < id.Rows; row++)
            {
                int first = row * cols;
                for (int done = 0; done < cols; done += Payloads.MaxReadCells)
                {
                    int count = cols - done < Payloads.MaxReadCells ? cols - done : Payloads.MaxReadCells;
                    for (int i = 0; i < count; i++)
                    {
                        _places[i] = first + done + i;
                        _devices[i] = Payloads.StateDevice;
                    }

                    board.ReadCells(_places, _devices, count, p.ReadMv, p.ReadSamples, _values);
                    for (int i = 0; i < count; i++)
                    {
                        _state[done + i] = _values[i];
                    }
                }

                output.Append("# dump ").Append(row < 10 ? "0" : "").Append(row).Append(' ');
                for (int c = 0; c < cols; c++)
                {
                    int g = _state[c];
                    char mark = g <= p.TrailMaxNs ? 'T' : g >= p.WallMinNs ? 'W' : '.';
                    if (mark == 'T') TrailPlaces++;
                    else if (mark == 'W') WallPlaces++;
                    else NominalPlaces++;
                    output.Append(mark);
                }

                output.Append(' ');
                for (int done = 0; done < cols; done += placesPerRead)
                {
                    int count = cols - done < placesPerRead ? cols - done : placesPerRead;
                    for (int i = 0; i < count; i++)
                    {
                        for (int d = 0; d < Direction.Count; d++)
                        {
                            _places[i * Direction.Count + d] = first + done + i;
                            _devices[i * Direction.Count + d] = d;
                        }
                    }

                    board.ReadCells(_places, _devices, count * Direction.Count, p.ReadMv, p.ReadSamples, _values);
                    for (int i = 0; i < count; i++)
                    {
                        int potentiated = 0;
                        int col = done + i;
                        for (int d = 0; d < Direction.Count; d++)
                        {
                            // A synapse that points off the array has no neuron behind it (the journal's cells).
                            int tr = row + Direction.RowDelta[d];
                            int tc = col + Direction.ColDelta[d];
                            bool inside = tr >= 0 && tr < id.Rows && tc >= 0 && tc < cols;
                            if (inside && _values[i * Direction.Count + d] >= p.SynapseLrsMinNs)
                            {
                                potentiated++;
                            }
                        }

                        output.Append((char)('0' + potentiated));
                    }
                }

                output.EndLine();
            }
        }
    }
}
