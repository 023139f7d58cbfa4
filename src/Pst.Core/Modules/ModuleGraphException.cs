namespace Pst.Core.Modules;

/// <summary>The installed modules cannot form a valid graph; the host refuses to start.</summary>
public sealed class ModuleGraphException(string message) : Exception(message);
