using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>Builds the options of a context on <paramref name="connectionString"/> (provider, migrations assembly, interceptors).</summary>
/// <typeparam name="TImplementation">The context type.</typeparam>
/// <param name="services">The scope's services.</param>
/// <param name="connectionString">The database to connect to.</param>
public delegate DbContextOptions<TImplementation> DbContextOptionsFactory<TImplementation>(IServiceProvider services, string connectionString)
    where TImplementation : DbContext;
