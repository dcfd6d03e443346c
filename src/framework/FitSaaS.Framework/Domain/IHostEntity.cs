namespace FitSaaS.Framework.Domain;

/// <summary>
/// Marks an entity that belongs to the host (platform) and never to a tenant. Every mapped entity is
/// either <see cref="MultiTenancy.IMultiTenant"/> or <see cref="IHostEntity"/>; an architecture test enforces it.
/// </summary>
public interface IHostEntity;
