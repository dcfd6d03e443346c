namespace FitSaaS.Framework.Guids;

/// <summary>Creates entity keys. Inject it; never call <see cref="Guid.NewGuid"/> for keys.</summary>
public interface IGuidGenerator
{
    /// <summary>Creates a new key.</summary>
    Guid Create();
}
