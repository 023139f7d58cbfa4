namespace Pst.Core.Modules;

/// <summary>
/// A page of a module that stays readable while the module is switched off: people keep reading what they already
/// have there (a customer's own requests), though nothing can be done on it. Only reading (GET, HEAD) passes.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReadableWhileOffAttribute : Attribute;
