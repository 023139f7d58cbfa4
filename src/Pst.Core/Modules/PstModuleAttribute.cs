namespace Pst.Core.Modules;

/// <summary>Marks an assembly as holding a module and names its startup class.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PstModuleAttribute(Type moduleType) : Attribute
{
    public Type ModuleType { get; } = moduleType;
}
