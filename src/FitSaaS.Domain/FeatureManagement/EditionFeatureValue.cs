using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.FeatureManagement;

/// <summary>One feature value of an <see cref="Edition"/> (a child entity, reached through the edition).</summary>
[Audited]
public sealed class EditionFeatureValue : Entity<Guid>, IHostEntity
{
    private EditionFeatureValue()
    {
        Name = null!;
        Value = null!;
    }

    internal EditionFeatureValue(Guid id, Guid editionId, string name, string value)
        : base(id)
    {
        EditionId = editionId;
        Name = name;
        Value = value;
    }

    /// <summary>The edition.</summary>
    public Guid EditionId { get; private set; }

    /// <summary>Feature name.</summary>
    public string Name { get; private set; }

    /// <summary>Normalized value (see <see cref="Framework.Features.FeatureDefinition.Normalize"/>).</summary>
    public string Value { get; private set; }

    internal void ChangeValue(string value) => Value = value;
}
