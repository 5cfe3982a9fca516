namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// One console command split into words (separated by spaces), with whole-number parsing that
    /// reports instead of throwing. The word array is reused from line to line.
    /// </summary>
    public sealed class CommandLine
    {
        /// <summary>Most words in one command.</summary>
        public const int MaxWords = 8;

        private readonly string[] _words = new string[MaxWords];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        /// <summary>Word <paramref name="index"/>, lower-cased; null past the end.</summary>
        public string Word(int index)
        {
            return index >= 0 && index < _count ? _words[index] : null;
        }

        /// <summary>Splits <paramref name="line"/>. Returns null, or why the line cannot be a command.</summary>
        public string Parse(string line)
        {
            _count = 0;
            if (line == null)
            {
                return null;
            }

            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }
                if (i == line.Length)
                {
                    break;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                if (_count == MaxWords)
                {
                    _count = 0;
                    return "too many words (more than " + MaxWords + "); expected a command such as 'run demo 7 40'";
                }

                _words[_count++] = line.Substring(start, i - start).ToLower();
            }

            return null;
        }

        /// <summary>
        /// Parses word <paramref name="index"/> as a whole number in <paramref name="min"/>..<paramref name="max"/>.
        /// A missing word gives <paramref name="fallback"/>. Returns null, or the problem naming <paramref name="what"/>.
        /// </summary>
        public string Number(int index, string what, int min, int max, int fallback, out int value)
        {
            value = fallback;
            string word = Word(index);
            if (word == null)
            {
                return null;
            }

            long parsed = 0;
            bool negative = word.Length > 0 && word[0] == '-';
            int first = negative ? 1 : 0;
            bool ok = word.Length > first && word.Length - first <= 10;
            for (int i = first; ok && i < word.Length; i++)
            {
                char c = word[i];
                if (c < '0' || c > '9')
                {
                    ok = false;
                    break;
                }
                parsed = parsed * 10 + (c - '0');
            }

            if (negative)
            {
                parsed = -parsed;
            }

            if (!ok || parsed < min || parsed > max)
            {
                return what + " '" + word + "' is not a whole number in " + min + ".." + max;
            }

            value = (int)parsed;
            return null;
        }
    }
}
