using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Quasi-static I–V sweep of one mean device (no cycle-to-cycle draw), as in Bianchi 2023 Fig. 1b:
    /// 0 → +V_max (SET, current clamped at the compliance I_C) → 0 → V_STOP (RESET) → 0. For the
    /// characterisation CLI (<c>reramnav model iv</c>); the agent never sweeps.
    /// </summary>
    /// <remarks>
    /// Behavioural, not physical: the LRS is ohmic at the table mean for I_C; the HRS conducts as
    /// I = (V0/R_HRS)·sinh(V/V0) (the usual trap-assisted shape: ohmic at a read voltage, super-linear at
    /// high field), with R_HRS the table mean at the deepest stop voltage reached so far. SET and RESET
    /// are gradual: over their transition windows the current is the geometric blend of the two states'
    /// currents. Source of every number: Fig. 1b source data (12 averaged curves; curve 1 is the 170 µA
    /// set-point), see the fields.
    /// </remarks>
    public sealed class QuasiStaticSweep
    {
        /// <summary>Segment ids of <see cref="Segment"/>: SET up, SET down, RESET down, RESET up.</summary>
        public const byte SetUp = 0, SetDown = 1, ResetDown = 2, ResetUp = 3;

        /// <summary>Voltage where the gradual SET begins, mV. Fig. 1b: "SET is gradual from about 0.75 V".</summary>
        public int SetOnsetMv = 750;

        /// <summary>Voltage where the SET is complete (LRS reached), mV. Fig. 1b: "to 1.25 V".</summary>
        public int SetCompleteMv = 1250;

        /// <summary>Voltage where the RESET begins, mV (negative). Fig. 1b: the RESET current peaks at −0.93 … −1.0 V
        /// for the highest compliances (curves 1, 2, 12: −0.96, −0.93, −1.01 V).</summary>
        public int ResetOnsetMv = -930;

        /// <summary>Width of the RESET transition, mV. Fig. 1b curve 1: 158 µA at −0.96 V, 30 µA (average) by −1.12 V.</summary>
        public int ResetTransitionMv = 200;

        /// <summary>
        /// V0 of the HRS conduction I = (V0/R)·sinh(V/V0), mV. 470 mV: after a RESET to −1.6 V the measured
        /// current at −1.6 V is 25.7 µA (Fig. 1b, average of 12 curves), 6× the ohmic 1.6 V/374 kΩ = 4.3 µA;
        /// sinh(x)/x = 6 at x = 3.4. At a 0.16 V read the factor is 1.02, so the read HRS stays the table's.
        /// </summary>
        public int HrsNonlinearityMv = 470;

        /// <summary>Largest SET voltage, mV. Fig. 1b: +2.5 V.</summary>
        public int SetMaxMv = 2500;

        /// <summary>Voltage step of the SET branches, mV (Fig. 1b: 25 mV).</summary>
        public int SetStepMv = 25;

        /// <summary>Voltage step of the RESET branches, mV (Fig. 1b: 16 mV).</summary>
        public int ResetStepMv = 16;

        /// <summary>Points written by the last <see cref="Run"/>.</summary>
        public int Count;

        /// <summary>Applied voltage of each point, mV.</summary>
        public int[] VoltageMv;

        /// <summary>Magnitude of the cell current at each point, nA (Fig. 1b also plots magnitudes).</summary>
        public int[] CurrentNa;

        /// <summary>Segment of each point (<see cref="SetUp"/> … <see cref="ResetUp"/>).</summary>
        public byte[] Segment;

        /// <summary>
        /// Sweeps a mean device that starts in the HRS of <paramref name="stopVoltageMv"/> (the previous
        /// cycle's RESET), SETs at <paramref name="complianceUa"/> and RESETs to <paramref name="stopVoltageMv"/>.
        /// </summary>
        public void Run(DeviceModelParameters device, int complianceUa, int stopVoltageMv)
        {
            if (device == null) throw new ArgumentNullException(nameof(device));
            if (complianceUa <= 0) throw new ArgumentOutOfRangeException(nameof(complianceUa));
            if (stopVoltageMv >= 0) throw new ArgumentOutOfRangeException(nameof(stopVoltageMv));
            int setPoints = SetMaxMv / SetStepMv + 1;
            // Rounded up, so that the last point is V_STOP itself (clamped) even when it is not a multiple of the step.
            int resetPoints = (-stopVoltageMv + ResetStepMv - 1) / ResetStepMv + 1;
            int total = 2 * setPoints + 2 * resetPoints;
            if (VoltageMv == null || VoltageMv.Length < total)
            {
                VoltageMv = new int[total];
                CurrentNa = new int[total];
                Segment = new byte[total];
            }

            Count = 0;
            float lrsOhm = device.LrsMeanOhmAt(complianceUa);
            float complianceNa = complianceUa * 1000f;
            float hrsOhm = device.HrsMeanOhmAt(stopVoltageMv);
            for (int i = 0; i < setPoints; i++)
            {
                int v = i * SetStepMv;
                float fraction = Fraction(v - SetOnsetMv, SetCompleteMv - SetOnsetMv);
                Add(v, Blend(HrsCurrentNa(v, hrsOhm), OhmicNa(v, lrsOhm), fraction, complianceNa), SetUp);
            }

            for (int i = setPoints - 1; i >= 0; i--)
            {
                int v = i * SetStepMv;
                Add(v, Clamp(OhmicNa(v, lrsOhm), complianceNa), SetDown);
            }

            int deepestMv = 0;
            for (int i = 0; i < resetPoints; i++)
            {
                int v = -i * ResetStepMv;
                if (v < stopVoltageMv) v = stopVoltageMv;
                if (v < deepestMv) deepestMv = v;
                float fraction = Fraction(ResetOnsetMv - v, ResetTransitionMv);
                // The HRS a partial RESET heads for is the table's at the voltage reached (clamped to the table).
                float targetOhm = device.HrsMeanOhmAt(deepestMv);
                Add(v, Blend(OhmicNa(v, lrsOhm), HrsCurrentNa(v, targetOhm), fraction, float.MaxValue), ResetDown);
            }

            float finalOhm = device.HrsMeanOhmAt(stopVoltageMv);
            for (int i = resetPoints - 1; i >= 0; i--)
            {
                int v = -i * ResetStepMv;
                if (v < stopVoltageMv) v = stopVoltageMv;
                Add(v, HrsCurrentNa(v, finalOhm), ResetUp);
            }
        }

        private void Add(int voltageMv, float currentNa, byte segment)
        {
            VoltageMv[Count] = voltageMv;
            CurrentNa[Count] = currentNa >= 2147483520f ? int.MaxValue : (int)(currentNa + 0.5f);
            Segment[Count] = segment;
            Count++;
        }

        /// <summary>0 before the window, 1 after it, linear inside.</summary>
        private static float Fraction(int intoWindowMv, int windowMv)
        {
            if (intoWindowMv <= 0) return 0f;
            if (intoWindowMv >= windowMv) return 1f;
            return (float)intoWindowMv / windowMv;
        }

        /// <summary>Geometric blend a^(1−f)·b^f of two currents, clamped at the compliance.</summary>
        private static float Blend(float fromNa, float toNa, float fraction, float complianceNa)
        {
            float current;
            if (fraction <= 0f) current = fromNa;
            else if (fraction >= 1f) current = toNa;
            else if (fromNa <= 0f || toNa <= 0f) current = fromNa + fraction * (toNa - fromNa);
            else current = FloatMath.Exp((1f - fraction) * FloatMath.Ln(fromNa) + fraction * FloatMath.Ln(toNa));
            return Clamp(current, complianceNa);
        }

        private static float Clamp(float currentNa, float complianceNa)
        {
            return currentNa > complianceNa ? complianceNa : currentNa;
        }

        private static float OhmicNa(int voltageMv, float resistanceOhm)
        {
            float v = voltageMv < 0 ? -voltageMv : voltageMv;
            return v * 1e6f / resistanceOhm; // mV / Ω = mA; × 1e6 = nA
        }

        private float HrsCurrentNa(int voltageMv, float resistanceOhm)
        {
            float x = (voltageMv < 0 ? -voltageMv : voltageMv) / (float)HrsNonlinearityMv;
            float sinh = 0.5f * (FloatMath.Exp(x) - FloatMath.Exp(-x));
            return HrsNonlinearityMv * 1e6f / resistanceOhm * sinh;
        }
    }
}
