namespace ReRamNav.Firmware.Agent
{
    /// <summary>
    /// What the agent has experienced of its world, one byte per place on the MCU: places it has
    /// stood on, places it last found to be a wall, places where it was rewarded. This is the
    /// hippocampal "cognitive map" that replay works on (docs/algorithm.md §4): when a trial is
    /// rewarded, or a recall runs into a wall, the shortest route through experienced places is
    /// found here and written into the array as the reward trail.
    ///
    /// It holds no learned weight: synapses and thresholds stay in the ReRAM. Losing it (an MCU
    /// reset) only makes the next trail as long as the path actually walked.
    /// Memory: 5 bytes per place (flags, BFS parent, BFS queue), allocated once; no allocation after.
    /// </summary>
    public sealed class ExperienceMap
    {
        /// <summary>The agent has stood on this place.</summary>
        public const byte Entered = 1;
        /// <summary>The agent's last attempt to enter this place met a wall (cleared when it enters).</summary>
        public const byte SeenWall = 2;
        /// <summary>The agent was rewarded on this place.</summary>
        public const byte Rewarded = 4;

        /// <summary>Route trust levels for <see cref="ShortestRoute"/>: entered places not met as walls since.</summary>
        public const int KnownFree = 0;
        /// <summary>... and doors: places entered once and met as walls later (they may have opened again).</summary>
        public const int WithDoors = 1;
        /// <summary>... and every wall the agent has bumped into (walls can be removed).</summary>
        public const int WithWalls = 2;

        private const ushort Unreached = 0xFFFF;

        private readonly int _rows;
        private readonly int _cols;
        private readonly byte[] _flags;
        private readonly ushort[] _parent;
        private readonly ushort[] _queue;

        public ExperienceMap(int rows, int cols)
        {
            _rows = rows;
            _cols = cols;
            _flags = new byte[rows * cols];
            _parent = new ushort[rows * cols];
            _queue = new ushort[rows * cols];
        }

        /// <summary>Bytes this map holds (flags, BFS parent and queue), for the memory budget.</summary>
        public int HeldBytes { get { return _flags.Length * 5; } }

        /// <summary>Forgets everything: a new experiment.</summary>
        public void Clear()
        {
            for (int i = 0; i < _flags.Length; i++)
            {
                _flags[i] = 0;
            }
        }

        public byte FlagsAt(int place)
        {
            return _flags[place];
        }

        public void MarkEntered(int place)
        {
            _flags[place] = (byte)((_flags[place] | Entered) & ~SeenWall);
        }

        public void MarkWall(int place)
        {
            _flags[place] |= SeenWall;
        }

        public void MarkRewarded(int place)
        {
            _flags[place] |= Rewarded;
        }

        /// <summary>
        /// Breadth-first shortest route (8 moves) from <paramref name="from"/> to <paramref name="to"/>,
        /// or to the nearest rewarded place when <paramref name="to"/> is negative, through entered
        /// places not met as walls since (<see cref="KnownFree"/>), or also through doors
        /// (<see cref="WithDoors"/>) or through any wall met (<see cref="WithWalls"/>); places whose byte in
        /// <paramref name="exclude"/> has a bit of <paramref name="excludeMask"/> set are never used
        /// (walls met in this trial). Writes the route into <paramref name="route"/>, <paramref name="from"/>
        /// first, and returns its length in places; 0 when there is none or it does not fit.
        /// </summary>
        public int ShortestRoute(int from, int to, int trust, byte[] exclude, byte excludeMask, ushort[] route)
        {
            for (int i = 0; i < _parent.Length; i++)
            {
                _parent[i] = Unreached;
            }
            int head = 0;
            int tail = 0;
            _parent[from] = (ushort)from;
            _queue[tail++] = (ushort)from;
            int found = -1;
            while (head < tail)
            {
                int place = _queue[head++];
                if (place != from && (to < 0 ? (_flags[place] & Rewarded) != 0 : place == to))
                {
                    found = place;
                    break;
                }
                int row = place / _cols;
                int col = place - row * _cols;
                for (int dr = -1; dr <= 1; dr++)
                {
                    int r = row + dr;
                    if (r < 0 || r >= _rows)
                    {
                        continue;
                    }
                    for (int dc = -1; dc <= 1; dc++)
                    {
                        int c = col + dc;
                        if ((dr == 0 && dc == 0) || c < 0 || c >= _cols)
                        {
                            continue;
                        }
                        int next = r * _cols + c;
                        if (_parent[next] != Unreached || !Usable(next, trust, exclude, excludeMask))
                        {
                            continue;
                        }
                        _parent[next] = (ushort)place;
                        _queue[tail++] = (ushort)next;
                    }
                }
            }
            if (found < 0)
            {
                return 0;
            }
            int length = 1;
            for (int p = found; p != from; p = _parent[p])
            {
                length++;
            }
            if (length > route.Length)
            {
                return 0;
            }
            int k = length - 1;
            for (int p = found; ; p = _parent[p])
            {
                route[k--] = (ushort)p;
                if (p == from)
                {
                    break;
                }
            }
            return length;
        }

        /// <summary>Moves a route is charged for a place: 0 if known free, else <paramref name="doorCost"/> for a door, <paramref name="wallCost"/> for a wall never entered.</summary>
        public int DoubtCost(int place, int doorCost, int wallCost)
        {
            byte f = _flags[place];
            if ((f & SeenWall) == 0)
            {
                return 0;
            }
            return (f & Entered) != 0 ? doorCost : wallCost;
        }

        private bool Usable(int place, int trust, byte[] exclude, byte excludeMask)
        {
            byte f = _flags[place];
            if ((exclude[place] & excludeMask) != 0)
            {
                return false;
            }
            if ((f & SeenWall) == 0)
            {
                return (f & Entered) != 0;
            }
            return (f & Entered) != 0 ? trust >= WithDoors : trust >= WithWalls;
        }
    }
}
