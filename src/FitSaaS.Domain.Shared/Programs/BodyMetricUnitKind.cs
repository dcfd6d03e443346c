namespace FitSaaS.Programs;

/// <summary>
/// What a body metric measures, which fixes its canonical unit and the units a value may be entered in
/// (see <see cref="BodyMetricUnits"/>).
/// </summary>
public enum BodyMetricUnitKind
{
    /// <summary>A mass: canonical kilograms; entered in kilograms or pounds (1 lb = 0.45359237 kg exactly).</summary>
    Mass = 1,

    /// <summary>A length (a circumference): canonical centimetres; entered in centimetres or inches (1 in = 2.54 cm exactly).</summary>
    Length = 2,

    /// <summary>A percentage (0–100), e.g. body fat.</summary>
    Percent = 3,

    /// <summary>A whole count with the metric's own unit label, e.g. resting heart rate in <c>bpm</c>.</summary>
    Count = 4,

    /// <summary>A decimal value with the metric's own unit label (e.g. <c>mmHg</c>, <c>points</c>); no conversion.</summary>
    Custom = 5,
}
