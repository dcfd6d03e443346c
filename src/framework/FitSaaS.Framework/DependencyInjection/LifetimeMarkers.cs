namespace FitSaaS.Framework.DependencyInjection;

/// <summary>Marks a class for conventional registration as transient, exposed as itself and its interfaces.</summary>
public interface ITransientDependency;

/// <summary>Marks a class for conventional registration as scoped, exposed as itself and its interfaces.</summary>
public interface IScopedDependency;

/// <summary>Marks a class for conventional registration as singleton, exposed as itself and its interfaces.</summary>
public interface ISingletonDependency;
