package de.buergerinfo.kiosk.testsupport;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks everything reachable from some roots through fields (also private ones, also JavaFX's
 * internals such as a text field's undo history and its skin) and collections, and reports where a
 * piece of text still lives. For privacy tests: after a session ends, a citizen's input must be
 * reachable from nowhere. JDK internals it cannot open are walked through their public views
 * (collections, maps, arrays); classes loaded by the platform are not entered otherwise.
 */
public final class ReachableText {

  private static final int MAX_OBJECTS = 2_000_000;

  private ReachableText() {}

  /** The paths (field chains) at which a String or char sequence containing {@code text} lives. */
  public static List<String> find(String text, Object... roots) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> work = new ArrayDeque<>();
    for (Object root : roots) {
      work.add(new Object[] {root, root.getClass().getSimpleName()});
    }
    List<String> found = new ArrayList<>();
    while (!work.isEmpty() && seen.size() < MAX_OBJECTS) {
      Object[] item = work.pop();
      Object object = item[0];
      String path = (String) item[1];
      if (object == null || !seen.add(object)) {
        continue;
      }
      if (object instanceof CharSequence chars) {
        if (chars.toString().contains(text)) {
          found.add(path);
        }
        continue;
      }
      if (object instanceof char[] chars) {
        if (new String(chars).contains(text)) {
          found.add(path);
        }
        continue;
      }
      Class<?> type = object.getClass();
      if (type.isArray()) {
        if (!type.getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(object); i++) {
            work.push(new Object[] {Array.get(object, i), path + "[" + i + "]"});
          }
        }
        continue;
      }
      if (object instanceof Class<?> || object instanceof Thread || object instanceof ClassLoader) {
        continue;
      }
      if (isPlatform(type)) {
        walkPublicView(object, path, work);
        continue;
      }
      for (Class<?> c = type; c != null && !isPlatform(c); c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
            continue;
          }
          try {
            field.setAccessible(true);
            work.push(new Object[] {field.get(object), path + "." + field.getName()});
          } catch (InaccessibleObjectException | IllegalAccessException e) {
            // A module keeps it closed; its public view was walked if it has one.
          }
        }
      }
    }
    return found;
  }

  private static boolean isPlatform(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
  }

  private static void walkPublicView(Object object, String path, Deque<Object[]> work) {
    try {
      if (object instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : new ArrayList<>(map.entrySet())) {
          work.push(new Object[] {entry.getKey(), path + "{key}"});
          work.push(new Object[] {entry.getValue(), path + "{" + entry.getKey() + "}"});
        }
      } else if (object instanceof java.util.Optional<?> optional) {
        // The session holds what a citizen chose in Optionals; their content must be searched too.
        optional.ifPresent(value -> work.push(new Object[] {value, path + ".get()"}));
      } else if (object instanceof Iterable<?> iterable) {
        int i = 0;
        for (Object element : toList(iterable)) {
          work.push(new Object[] {element, path + "<" + i++ + ">"});
        }
      }
    } catch (RuntimeException e) {
      // A concurrently changing or odd collection: skipped, never a false "clean".
      throw new IllegalStateException("cannot walk " + path + ": " + e, e);
    }
  }

  private static List<Object> toList(Iterable<?> iterable) {
    List<Object> list = new ArrayList<>();
    for (Object element : iterable) {
      list.add(element);
    }
    return list;
  }
}
