namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Mean, sample standard deviation (n − 1), median and percentiles of an int sample, for the calibration
    /// report and the statistical tests. <see cref="Compute"/> sorts the buffer in place (heap sort: no
    /// allocation, no recursion). Percentiles by linear interpolation between order statistics (type 7).
    /// </summary>
    public sealed class SampleStatistics
    {
        public int Count;
        public float Mean;
        public float Sigma;
        public float Median;
        public float P10;
        public float P90;
        public float Min;
        public float Max;

        /// <summary>Fills this object from <paramref name="values"/>[0..count) and leaves that range sorted.</summary>
        public void Compute(int[] values, int count)
        {
            Count = count;
            if (count <= 0)
            {
                Mean = Sigma = Median = P10 = P90 = Min = Max = 0f;
                return;
            }

            double sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += values[i];
            }

            double mean = sum / count;
            double squares = 0;
            for (int i = 0; i < count; i++)
            {
                double d = values[i] - mean;
                squares += d * d;
            }

            Mean = (float)mean;
            Sigma = count > 1 ? FloatMath.Sqrt((float)(squares / (count - 1))) : 0f;
            HeapSort(values, count);
            Min = values[0];
            Max = values[count - 1];
            Median = Percentile(values, count, 500);
            P10 = Percentile(values, count, 100);
            P90 = Percentile(values, count, 900);
        }

        /// <summary>The <paramref name="permille"/>/1000 quantile of a sorted range (type 7).</summary>
        public static float Percentile(int[] sorted, int count, int permille)
        {
            if (count <= 0)
            {
                return 0f;
            }

            float position = (count - 1) * permille / 1000f;
            int lower = (int)position;
            if (lower >= count - 1)
            {
                return sorted[count - 1];
            }

            float fraction = position - lower;
            return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
        }

        /// <summary>Sorts values[0..count) ascending, in place.</summary>
        public static void HeapSort(int[] values, int count)
        {
            for (int start = count / 2 - 1; start >= 0; start--)
            {
                SiftDown(values, start, count);
            }

            for (int end = count - 1; end > 0; end--)
            {
                int top = values[0];
                values[0] = values[end];
                values[end] = top;
                SiftDown(values, 0, end);
            }
        }

        private static void SiftDown(int[] values, int root, int count)
        {
            while (true)
            {
                int child = 2 * root + 1;
                if (child >= count)
                {
                    return;
                }

                if (child + 1 < count && values[child + 1] > values[child])
                {
                    child++;
                }

                if (values[root] >= values[child])
                {
                    return;
                }

                int swap = values[root];
                values[root] = values[child];
                values[child] = swap;
                root = child;
            }
        }
    }
}
