using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReRamNav.Tests.Memory
{
    /// <summary>
    /// Bytes an object graph keeps alive: every object reachable through instance fields, each counted
    /// once, objects in the exclusion set (shared parts measured on their own) not entered. Two sizes:
    /// the host's 64-bit CoreCLR layout (16-byte header, 8-byte references, 8-byte alignment), and an
    /// estimate for nanoFramework's interpreter, which stores every field of a class instance in its own
    /// 12-byte heap block behind a 12-byte object header, packs primitive array elements at their natural
    /// size behind a 20-byte array header, gives each element of a reference array a 12-byte block, and
    /// keeps strings as UTF-8 (docs/devkit-memory.md says how far to trust the estimate).
    /// </summary>
    internal static class ObjectGraphSize
    {
        public static (long hostBytes, long nanoBytes, int objects) Of(object root, params object[] exclude)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (object e in exclude) if (e != null) seen.Add(e);
            var pending = new Stack<object>();
            pending.Push(root);
            long host = 0, nano = 0;
            int objects = 0;
            while (pending.Count > 0)
            {
                object o = pending.Pop();
                if (o == null || !seen.Add(o)) continue;
                Type t = o.GetType();
                if (t.IsPointer || typeof(Type).IsAssignableFrom(t) || typeof(Delegate).IsAssignableFrom(t) || t.IsPrimitive || t.IsEnum) continue;
                objects++;
                if (o is string s)
                {
                    host += Align(22 + 2L * s.Length);
                    nano += 12 + System.Text.Encoding.UTF8.GetByteCount(s) + 1;
                    continue;
                }
                if (o is Array a)
                {
                    Type element = t.GetElementType();
                    if (element.IsPrimitive || element.IsEnum)
                    {
                        int size = PrimitiveSize(element);
                        host += Align(24 + (long)size * a.Length);
                        nano += 20 + Align4((long)size * a.Length);
                    }
                    else
                    {
                        host += Align(24 + 8L * a.Length);
                        nano += 20 + 12L * a.Length;
                        foreach (object item in a) if (item != null) pending.Push(item);
                    }
                    continue;
                }
                long fieldsHost = 0;
                int fieldCount = 0;
                for (Type k = t; k != null && k != typeof(object); k = k.BaseType)
                {
                    foreach (FieldInfo f in k.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        fieldCount++;
                        Type ft = f.FieldType;
                        fieldsHost += ft.IsPrimitive || ft.IsEnum ? PrimitiveSize(ft) : 8;
                        if (!ft.IsPrimitive && !ft.IsEnum) pending.Push(f.GetValue(o));
                    }
                }
                host += Math.Max(24, Align(16 + fieldsHost));
                nano += 12 + 12L * fieldCount;
            }
            return (host, nano, objects);
        }

        private static int PrimitiveSize(Type t)
        {
            if (t.IsEnum) t = Enum.GetUnderlyingType(t);
            if (t == typeof(bool) || t == typeof(byte) || t == typeof(sbyte)) return 1;
            if (t == typeof(char) || t == typeof(short) || t == typeof(ushort)) return 2;
            if (t == typeof(int) || t == typeof(uint) || t == typeof(float)) return 4;
            return 8;
        }

        private static long Align(long bytes) => (bytes + 7) & ~7L;

        private static long Align4(long bytes) => (bytes + 3) & ~3L;
    }
}
