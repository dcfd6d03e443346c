namespace FitSaaS.Framework.DependencyInjection;

/// <summary>Marks a class for conventional registration as scoped, exposed as itself and its interfaces.</summary>
public interface IScopedDependency;
