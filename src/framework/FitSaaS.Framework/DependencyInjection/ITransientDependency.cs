namespace FitSaaS.Framework.DependencyInjection;

/// <summary>Marks a class for conventional registration as transient, exposed as itself and its interfaces.</summary>
public interface ITransientDependency;
