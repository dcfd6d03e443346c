namespace FitSaaS.Framework.Domain;

/// <summary>Marks a domain service (a <c>…Manager</c>): registered by convention as transient.</summary>
public interface IDomainService;
