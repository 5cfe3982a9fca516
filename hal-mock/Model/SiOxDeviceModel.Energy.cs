using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Energy per operation on one cell, from the pulse's voltage, current or conductance, and width.
    /// Integer arithmetic in long; with the documented input bounds no intermediate can overflow.
    /// </summary>
    /// <remarks>
    /// Units: mV·µA·ns = 10^-18 J = 1 aJ, and mV²·nS·ns = 10^-24 J. Each operation has a *Fj form
    /// (femtojoules, for summing many small reads without losing them to rounding: a 0.1 V, 1 µs read of
    /// a 3 µS HRS cell is 30 fJ, 0.03 pJ) and a *Pj form (the same value rounded to picojoules). Results
    /// are rounded to the nearest unit. The sign of a voltage does not matter (RESET is negative).
    /// These are upper bounds of the energy delivered to the cell: SET assumes the current sits at
    /// the compliance for the whole pulse (the 1T1R transistor limits it there once the filament has
    /// formed), RESET assumes the pre-RESET conductance for the whole pulse (it only falls during it).
    /// </remarks>
    public sealed partial class SiOxDeviceModel
    {
        /// <summary>
        /// Largest |voltage| the energy helpers accept, mV. 20 V is far above any pulse a 1T1R cell sees
        /// (the paper sweeps to +2.5 / −1.6 V); the bound is what keeps every intermediate product inside
        /// a long for any conductance and width.
        /// </summary>
        public const int MaximumEnergyVoltageMv = 20000;

        /// <summary>Largest compliance current the SET energy helper accepts, µA (100 mA; same reason).</summary>
        public const int MaximumEnergyComplianceUa = 100000;

        /// <summary>mV·µA·ns = 1e-18 J; 1 fJ = 1e-15 J.</summary>
        private const long MvUaNsPerFemtojoule = 1000L;

        /// <summary>mV²·nS·ns = 1e-24 J; 1 fJ = 1e-15 J.</summary>
        private const long MvSquaredNsNsPerFemtojoule = 1000000000L;

        private const long FemtojoulesPerPicojoule = 1000L;

        /// <summary>SET energy E = |V|·I_C·t, pJ (rounded). Example: 2000 mV, 100 µA, 100 ns → 20 pJ.</summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long SetEnergyPj(int amplitudeMv, int complianceUa, int widthNs)
        {
            return DivideRounded(SetEnergyFj(amplitudeMv, complianceUa, widthNs), FemtojoulesPerPicojoule);
        }

        /// <summary>SET energy E = |V|·I_C·t, fJ (rounded).</summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long SetEnergyFj(int amplitudeMv, int complianceUa, int widthNs)
        {
            long voltageMv = CheckedVoltageMagnitudeMv(amplitudeMv);
            RequireInRange(complianceUa, MaximumEnergyComplianceUa, nameof(complianceUa));
            RequireInRange(widthNs, int.MaxValue, nameof(widthNs));

            // |V|·I ≤ 2e9 nW; times t would overflow for long pulses, so the division is split.
            long powerNw = voltageMv * complianceUa; // mV·µA = nW
            return MultiplyDivideRounded(powerNw, widthNs, MvUaNsPerFemtojoule);
        }

        /// <summary>
        /// RESET energy E = V²·G·t with the conductance before the RESET, pJ (rounded).
        /// Example: −1600 mV, 170 000 nS, 1000 ns → 435 pJ (435.2).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long ResetEnergyPj(int amplitudeMv, int conductanceBeforeNs, int widthNs)
        {
            return DivideRounded(ResetEnergyFj(amplitudeMv, conductanceBeforeNs, widthNs), FemtojoulesPerPicojoule);
        }

        /// <summary>RESET energy E = V²·G·t, fJ (rounded).</summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long ResetEnergyFj(int amplitudeMv, int conductanceBeforeNs, int widthNs)
        {
            return OhmicEnergyFj(amplitudeMv, conductanceBeforeNs, widthNs);
        }

        /// <summary>
        /// Read energy E = V²·G·t, pJ (rounded). Example: 100 mV, 100 000 nS, 1000 ns → 1 pJ.
        /// Use <see cref="ReadEnergyFj"/> when summing many reads.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long ReadEnergyPj(int readMv, int conductanceNs, int durationNs)
        {
            return DivideRounded(ReadEnergyFj(readMv, conductanceNs, durationNs), FemtojoulesPerPicojoule);
        }

        /// <summary>Read energy E = V²·G·t, fJ (rounded).</summary>
        /// <exception cref="ArgumentOutOfRangeException">An argument is negative or above its documented maximum.</exception>
        public static long ReadEnergyFj(int readMv, int conductanceNs, int durationNs)
        {
            return OhmicEnergyFj(readMv, conductanceNs, durationNs);
        }

        private static long OhmicEnergyFj(int voltageMv, int conductanceNs, int durationNs)
        {
            long magnitudeMv = CheckedVoltageMagnitudeMv(voltageMv);
            RequireInRange(conductanceNs, int.MaxValue, nameof(conductanceNs));
            RequireInRange(durationNs, int.MaxValue, nameof(durationNs));

            // V² ≤ 4e8 mV², so V²·G ≤ 8.6e17 fits in a long; the division by 1e9 is split around t.
            long powerScaled = magnitudeMv * magnitudeMv * conductanceNs; // mV²·nS = 1e-15 W
            return MultiplyDivideRounded(powerScaled, durationNs, MvSquaredNsNsPerFemtojoule);
        }

        private static long CheckedVoltageMagnitudeMv(int voltageMv)
        {
            long magnitude = voltageMv < 0 ? -(long)voltageMv : voltageMv;
            if (magnitude > MaximumEnergyVoltageMv)
            {
                throw new ArgumentOutOfRangeException("voltageMv");
            }

            return magnitude;
        }

        private static void RequireInRange(int value, int maximum, string name)
        {
            if (value < 0 || value > maximum)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        /// <summary>
        /// round(a·b / divisor) for a ≥ 0, b ≥ 0, divisor &gt; 0, without forming a·b: a = q·d + r gives
        /// a·b/d = q·b + r·b/d, and r·b &lt; d·b stays in range while d·b does (d ≤ 1e9, b &lt; 2^31).
        /// </summary>
        private static long MultiplyDivideRounded(long a, long b, long divisor)
        {
            long quotient = a / divisor;
            long remainder = a % divisor;
            return quotient * b + (remainder * b + divisor / 2) / divisor;
        }

        private static long DivideRounded(long value, long divisor)
        {
            return (value + divisor / 2) / divisor;
        }
    }
}
