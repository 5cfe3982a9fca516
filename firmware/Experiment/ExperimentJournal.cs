using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Experiment
{
    /// <summary>
    /// Keeps a <see cref="JournalRecord"/> in the board's own ReRAM, so that an experiment survives an
    /// MCU reset, a board reset or a power cycle together with the learned state (docs/resume.md).
    ///
    /// Where: the synapses of edge places that point off the array (a place in row 0 has no neighbour
    /// to its N, NE or NW). The agent reads them with its neighbourhood but never uses them (a direction
    /// off the array has no neuron to fire) and never programs them after the network is initialised,
    /// so the journal costs no learning cell. They are enumerated row-major over the perimeter; slot 0
    /// takes the first <see cref="BitsPerSlot"/>, slot 1 the next.
    ///
    /// How: one bit per device, LRS = 1, HRS = 0 (binary programming, the most robust use of the
    /// device); 88 bits = magic, write counter, fields, CRC-8. The two slots are written alternately,
    /// so a write torn by a reset leaves the other slot intact (at worst one trial is re-run). A write
    /// pulses only the bits that change and reads the slot back; one READ_CELLS reads a slot.
    /// Allocates nothing after construction.
    /// </summary>
    public sealed class ExperimentJournal
    {
        public const int BitsPerSlot = 88;
        public const int Slots = 2;
        /// <summary>The upper nibble of the first byte: all-HRS (blank) and all-LRS cells never decode.</summary>
        private const int Magic = 0xA;
        private const int PayloadBytes = 10;

        /// <summary>Read bias and samples: the agent's read (0.2 V), averaged twice against read noise.</summary>
        public const int ReadMv = 200;
        public const int ReadSamples = 2;
        /// <summary>A bit reads 1 at or above this, nS: between HRS (2.7..8.9 uS) and LRS (83..175 uS).</summary>
        public const int OneMinNs = 30000;
        /// <summary>Programming of a 1 (SET) and a 0 (RESET to -StopMv): the agent's binary conditions.</summary>
        public const int SetMv = 1500;
        public const int SetComplianceUa = 100;
        public const int ResetStopMv = 1600;
        public const int PulseWidthNs = 1000;
        /// <summary>Writes of a slot before it is reported as failed (a stuck cell fails them all).</summary>
        public const int MaxWriteAttempts = 3;

        private readonly ReRamBoard _board;
        private readonly int[] _places0 = new int[BitsPerSlot];
        private readonly int[] _devices0 = new int[BitsPerSlot];
        private readonly int[] _places1 = new int[BitsPerSlot];
        private readonly int[] _devices1 = new int[BitsPerSlot];
        private readonly byte[] _shadow0 = new byte[BitsPerSlot];
        private readonly byte[] _shadow1 = new byte[BitsPerSlot];
        private readonly int[] _values = new int[BitsPerSlot];
        private readonly byte[] _bits = new byte[BitsPerSlot];
        private readonly byte[] _bytes = new byte[PayloadBytes + 1];
        private readonly JournalRecord _slotRecord0 = new JournalRecord();
        private readonly JournalRecord _slotRecord1 = new JournalRecord();
        private int _mappedRows = -1;
        private int _mappedCols = -1;
        private bool _available;
        private bool _shadowKnown;
        private int _nextSlot;
        private int _lastSequence;

        /// <summary>Slot writes that did not read back as written after <see cref="MaxWriteAttempts"/>.</summary>
        public int FailedWrites;

        public ExperimentJournal(ReRamBoard board)
        {
            _board = board;
        }

        /// <summary>True when the connected board has enough edge devices for two slots (a 30x30 array has 356).</summary>
        public bool Available
        {
            get { Map(); return _available; }
        }

        /// <summary>Place and device of bit <paramref name="bit"/> of <paramref name="slot"/>.</summary>
        public int PlaceOf(int slot, int bit)
        {
            Map();
            return slot == 0 ? _places0[bit] : _places1[bit];
        }

        public int DeviceOf(int slot, int bit)
        {
            Map();
            return slot == 0 ? _devices0[bit] : _devices1[bit];
        }

        /// <summary>
        /// Reads both slots into <paramref name="record"/> (the newer valid one). Returns null, or why
        /// there is nothing to resume ("blank": no experiment was ever journalled on this board).
        /// </summary>
        public string Load(JournalRecord record)
        {
            if (!Available)
            {
                return "the board's array is too small for the journal (needs " + (Slots * BitsPerSlot) + " edge devices)";
            }

            bool valid0 = ReadSlot(0, _slotRecord0);
            bool valid1 = ReadSlot(1, _slotRecord1);
            _shadowKnown = true;
            if (!valid0 && !valid1)
            {
                return "blank (no experiment journalled on this board, or both slots unreadable)";
            }

            bool pick0 = valid0 && (!valid1 || IsNewer(_slotRecord0.Sequence, _slotRecord1.Sequence) || _slotRecord0.Sequence == _slotRecord1.Sequence);
            record.CopyFrom(pick0 ? _slotRecord0 : _slotRecord1);
            _lastSequence = record.Sequence;
            _nextSlot = pick0 ? 1 : 0;
            return null;
        }

        /// <summary>Starts a new experiment's journal: both slots written in full. Returns false if a slot failed.</summary>
        public bool Begin(JournalRecord record)
        {
            Map();
            record.Sequence = 0;
            bool ok0 = WriteSlot(0, record, true);
            bool ok1 = WriteSlot(1, record, true);
            _shadowKnown = true;
            _lastSequence = 0;
            _nextSlot = 0;
            return ok0 && ok1;
        }

        /// <summary>
        /// Blanks both slots (every cell RESET, no read-back): a run that is not journalled must not leave an
        /// older experiment's record behind, or a reset would offer to resume that one over the new network.
        /// </summary>
        public void Invalidate()
        {
            Map();
            if (!_available)
            {
                return;
            }

            for (int slot = 0; slot < Slots; slot++)
            {
                int[] places = slot == 0 ? _places0 : _places1;
                int[] devices = slot == 0 ? _devices0 : _devices1;
                byte[] shadow = slot == 0 ? _shadow0 : _shadow1;
                for (int i = 0; i < BitsPerSlot; i++)
                {
                    _board.AddReset(places[i], devices[i], ResetStopMv, PulseWidthNs);
                    shadow[i] = 0;
                }
            }

            _board.CommitPulses();
            _shadowKnown = true;
            _nextSlot = 0;
        }

        /// <summary>Records progress (call after each trial): the older slot gets the next write counter.
        /// Returns false if the slot did not read back as written (the other still holds the last record).</summary>
        public bool Record(JournalRecord record)
        {
            Map();
            record.Sequence = (_lastSequence + 1) & 15;
            bool ok = WriteSlot(_nextSlot, record, !_shadowKnown);
            if (ok)
            {
                _lastSequence = record.Sequence;
                _nextSlot ^= 1;
            }

            return ok;
        }

        /// <summary>Encodes <paramref name="record"/> as the slot's bits (exposed for tests).</summary>
        public void Encode(JournalRecord record, byte[] bits)
        {
            for (int i = 0; i < _bytes.Length; i++)
            {
                _bytes[i] = 0;
            }

            int at = 0;
            at = Put(Magic, 4, at);
            at = Put(record.Sequence & 15, 4, at);
            at = Put(record.Kind & 15, 4, at);
            at = Put((int)(record.Seed & 0xFFFF), 16, at);
            at = Put((int)(record.Seed >> 16), 16, at);
            at = Put(record.TrialsPerBlock, 10, at);
            at = Put(record.MaxStepsPerTrial, 12, at);
            Put(record.TrialsDone, 14, at);
            _bytes[PayloadBytes] = Crc8(_bytes, PayloadBytes);
            for (int i = 0; i < BitsPerSlot; i++)
            {
                bits[i] = (byte)((_bytes[i >> 3] >> (i & 7)) & 1);
            }
        }

        /// <summary>Decodes bits into <paramref name="record"/>; false if the magic or the CRC is wrong.</summary>
        public bool Decode(byte[] bits, JournalRecord record)
        {
            for (int i = 0; i < _bytes.Length; i++)
            {
                _bytes[i] = 0;
            }

            for (int i = 0; i < BitsPerSlot; i++)
            {
                if (bits[i] != 0)
                {
                    _bytes[i >> 3] |= (byte)(1 << (i & 7));
                }
            }

            if (Crc8(_bytes, PayloadBytes) != _bytes[PayloadBytes] || Get(0, 4) != Magic)
            {
                return false;
            }

            record.Sequence = Get(4, 4);
            record.Kind = Get(8, 4);
            record.Seed = (uint)Get(12, 16) | ((uint)Get(28, 16) << 16);
            record.TrialsPerBlock = Get(44, 10);
            record.MaxStepsPerTrial = Get(54, 12);
            record.TrialsDone = Get(66, 14);
            return record.Kind == JournalRecord.KindMaze || record.Kind == JournalRecord.KindMars;
        }

        private bool WriteSlot(int slot, JournalRecord record, bool full)
        {
            int[] places = slot == 0 ? _places0 : _places1;
            int[] devices = slot == 0 ? _devices0 : _devices1;
            byte[] shadow = slot == 0 ? _shadow0 : _shadow1;
            Encode(record, _bits);
            for (int attempt = 0; attempt < MaxWriteAttempts; attempt++)
            {
                for (int i = 0; i < BitsPerSlot; i++)
                {
                    if (!full && shadow[i] == _bits[i])
                    {
                        continue;
                    }

                    if (_bits[i] != 0)
                    {
                        _board.AddSet(places[i], devices[i], SetMv, SetComplianceUa, PulseWidthNs);
                    }
                    else
                    {
                        _board.AddReset(places[i], devices[i], ResetStopMv, PulseWidthNs);
                    }
                }

                _board.CommitPulses();
                full = false;
                _board.ReadCells(places, devices, BitsPerSlot, ReadMv, ReadSamples, _values);
                bool same = true;
                for (int i = 0; i < BitsPerSlot; i++)
                {
                    shadow[i] = _values[i] >= OneMinNs ? (byte)1 : (byte)0;
                    if (shadow[i] != _bits[i])
                    {
                        same = false;
                    }
                }

                if (same)
                {
                    return true;
                }
            }

            FailedWrites++;
            return false;
        }

        private bool ReadSlot(int slot, JournalRecord record)
        {
            int[] places = slot == 0 ? _places0 : _places1;
            int[] devices = slot == 0 ? _devices0 : _devices1;
            byte[] shadow = slot == 0 ? _shadow0 : _shadow1;
            _board.ReadCells(places, devices, BitsPerSlot, ReadMv, ReadSamples, _values);
            for (int i = 0; i < BitsPerSlot; i++)
            {
                shadow[i] = _values[i] >= OneMinNs ? (byte)1 : (byte)0;
            }

            return Decode(shadow, record);
        }

        /// <summary>Newer in the 4-bit write counter's circle (a write counter at most 7 ahead).</summary>
        private static bool IsNewer(int a, int b)
        {
            int ahead = (a - b) & 15;
            return ahead >= 1 && ahead <= 7;
        }

        /// <summary>Finds the edge devices of the connected board (once per geometry).</summary>
        private void Map()
        {
            BoardIdentity id = _board.Identity;
            if (id == null)
            {
                _available = false;
                return;
            }

            if (id.Rows == _mappedRows && id.Cols == _mappedCols)
            {
                return;
            }

            _mappedRows = id.Rows;
            _mappedCols = id.Cols;
            _shadowKnown = false;
            int found = 0;
            for (int r = 0; r < id.Rows && found < Slots * BitsPerSlot; r++)
            {
                for (int c = 0; c < id.Cols && found < Slots * BitsPerSlot; c++)
                {
                    if (r != 0 && r != id.Rows - 1 && c != 0 && c != id.Cols - 1)
                    {
                        continue;
                    }

                    for (int d = 0; d < Direction.Count && found < Slots * BitsPerSlot; d++)
                    {
                        int tr = r + Direction.RowDelta[d];
                        int tc = c + Direction.ColDelta[d];
                        if (tr >= 0 && tr < id.Rows && tc >= 0 && tc < id.Cols)
                        {
                            continue;
                        }

                        int slot = found / BitsPerSlot;
                        int bit = found % BitsPerSlot;
                        (slot == 0 ? _places0 : _places1)[bit] = r * id.Cols + c;
                        (slot == 0 ? _devices0 : _devices1)[bit] = d;
                        found++;
                    }
                }
            }

            _available = found == Slots * BitsPerSlot;
        }

        private int Put(int value, int width, int at)
        {
            for (int i = 0; i < width; i++)
            {
                if (((value >> i) & 1) != 0)
                {
                    _bytes[(at + i) >> 3] |= (byte)(1 << ((at + i) & 7));
                }
            }

            return at + width;
        }

        private int Get(int at, int width)
        {
            int value = 0;
            for (int i = 0; i < width; i++)
            {
                if ((_bytes[(at + i) >> 3] & (1 << ((at + i) & 7))) != 0)
                {
                    value |= 1 << i;
                }
            }

            return value;
        }

        /// <summary>CRC-8, polynomial 0x07, initial 0xFF: catches every 1- and 2-bit error in 80 bits.</summary>
        private static byte Crc8(byte[] data, int count)
        {
            int crc = 0xFF;
            for (int i = 0; i < count; i++)
            {
                crc ^= data[i];
                for (int b = 0; b < 8; b++)
                {
                    crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
                }
            }

            return (byte)crc;
        }
    }
}
