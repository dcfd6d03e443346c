namespace FitSaaS.Framework.Caching;

/// <summary>A stamp stored by <see cref="CacheStamps"/>: a random value that changes whenever its data changes.</summary>
/// <param name="Stamp">32 hexadecimal characters.</param>
[CacheName("FitSaaS.CacheStamps", HostWide = true)]
public sealed record CacheStampItem(string Stamp);
