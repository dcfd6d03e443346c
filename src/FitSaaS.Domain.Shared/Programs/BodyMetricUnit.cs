namespace FitSaaS.Programs;

/// <summary>The unit a body-metric value is given in. Each <see cref="BodyMetricUnitKind"/> accepts its own units only.</summary>
public enum BodyMetricUnit
{
    /// <summary>Kilograms (<c>kg</c>), the canonical unit of <see cref="BodyMetricUnitKind.Mass"/>.</summary>
    Kilogram = 1,

    /// <summary>Pounds (<c>lb</c>) of <see cref="BodyMetricUnitKind.Mass"/>: exactly 0.45359237 kg.</summary>
    Pound = 2,

    /// <summary>Centimetres (<c>cm</c>), the canonical unit of <see cref="BodyMetricUnitKind.Length"/>.</summary>
    Centimetre = 3,

    /// <summary>Inches (<c>in</c>) of <see cref="BodyMetricUnitKind.Length"/>: exactly 2.54 cm.</summary>
    Inch = 4,

    /// <summary>Percent (<c>%</c>), the only unit of <see cref="BodyMetricUnitKind.Percent"/>.</summary>
    Percent = 5,

    /// <summary>The metric's own label (e.g. <c>bpm</c>), the only unit of <see cref="BodyMetricUnitKind.Count"/>: whole numbers.</summary>
    Count = 6,

    /// <summary>The metric's own label, the only unit of <see cref="BodyMetricUnitKind.Custom"/>.</summary>
    Custom = 7,
}
