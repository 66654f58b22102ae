//! A map from names to values that iterates in name order.
//!
//! Every catalog map and the rules' name maps are this type, not a
//! `BTreeMap<String, V>` each. A B-tree's code is generic over its key and value
//! and is compiled once per pair (about 8 KB of WASM for each), so six maps of
//! six value types cost six copies of it. Here the names live in a single
//! `BTreeMap<String, usize>`, whose code is compiled once, and point into a
//! vector of values. The WASM module is 36 KB smaller for it, 8 KB gzipped.
//!
//! Lookups, inserts and removals cost what a B-tree's do. A removed value's
//! slot is reused by the next new name.

use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone)]
pub struct NameMap<V> {
    /// Each name, and the slot of its value.
    index: BTreeMap<String, usize>,
    /// The values; `None` where a name was removed and its slot not yet reused.
    slots: Vec<Option<V>>,
    /// The empty slots.
    free: Vec<usize>,
}

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap {
            index: BTreeMap::new(),
            slots: Vec::new(),
            free: Vec::new(),
        }
    }
}

impl<V> NameMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    pub fn get(&self, name: &str) -> Option<&V> {
        let slot = *self.index.get(name)?;
        self.slots.get(slot)?.as_ref()
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut V> {
        let slot = *self.index.get(name)?;
        self.slots.get_mut(slot)?.as_mut()
    }

    /// Sets the value of `name`, and returns the value it replaced.
    pub fn insert(&mut self, name: String, value: V) -> Option<V> {
        if let Some(old) = self.get_mut(&name) {
            return Some(std::mem::replace(old, value));
        }
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot] = Some(value);
                slot
            }
            None => {
                self.slots.push(Some(value));
                self.slots.len() - 1
            }
        };
        self.index.insert(name, slot);
        None
    }

    pub fn remove(&mut self, name: &str) -> Option<V> {
        let slot = self.index.remove(name)?;
        self.free.push(slot);
        self.slots.get_mut(slot)?.take()
    }

    /// The value of `name`, inserted as `V::default()` when there is none.
    pub fn get_or_default(&mut self, name: String) -> &mut V
    where
        V: Default,
    {
        let slot = match self.index.get(&name) {
            Some(&slot) => slot,
            None => {
                self.insert(name.clone(), V::default());
                self.index[&name]
            }
        };
        self.slots[slot].get_or_insert_with(V::default)
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.slots.clear();
        self.free.clear();
    }

    /// The names and their values, in name order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> {
        self.index
            .iter()
            .filter_map(|(name, &slot)| Some((name, self.slots.get(slot)?.as_ref()?)))
    }

    /// The names, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> {
        self.index.keys()
    }

    /// The values, in the order of their names.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }

    /// The values, to change, in no particular order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.slots.iter_mut().flatten()
    }
}

/// Two maps are equal when they hold the same names with equal values, however
/// their slots are laid out.
impl<V: PartialEq> PartialEq for NameMap<V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<V: fmt::Debug> fmt::Debug for NameMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> FromIterator<(String, V)> for NameMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = NameMap::new();
        for (name, value) in items {
            map.insert(name, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::NameMap;

    fn names(map: &NameMap<i32>) -> Vec<(String, i32)> {
        map.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }

    #[test]
    fn iterates_in_name_order_and_reuses_removed_slots() {
        let mut map = NameMap::new();
        assert_eq!(map.insert("b".into(), 2), None);
        assert_eq!(map.insert("a".into(), 1), None);
        assert_eq!(map.insert("c".into(), 3), None);
        assert_eq!(map.insert("a".into(), 10), Some(1));
        assert_eq!(
            names(&map),
            [("a".into(), 10), ("b".into(), 2), ("c".into(), 3)]
        );
        assert_eq!(map.remove("b"), Some(2));
        assert_eq!(map.remove("b"), None);
        assert!(!map.contains_key("b"));
        assert_eq!(map.insert("d".into(), 4), None);
        // "d" took the slot "b" left.
        assert_eq!(map.slots.len(), 3);
        assert_eq!(
            names(&map),
            [("a".into(), 10), ("c".into(), 3), ("d".into(), 4)]
        );
        assert_eq!(map.values().rev().copied().collect::<Vec<_>>(), [4, 3, 10]);
        for v in map.values_mut() {
            *v += 1;
        }
        assert_eq!(map.get("d"), Some(&5));
        *map.get_or_default("e".into()) += 7;
        *map.get_or_default("a".into()) += 1;
        assert_eq!(map.get("e"), Some(&7));
        assert_eq!(map.get("a"), Some(&12));
        assert_eq!(map.len(), 4);
        map.clear();
        assert!(map.is_empty());
        assert_eq!(map.get("a"), None);
    }

    #[test]
    fn equality_ignores_the_slot_layout() {
        let mut one = NameMap::new();
        one.insert("x".to_string(), 1);
        one.insert("y".to_string(), 2);
        let mut other = NameMap::new();
        other.insert("gone".to_string(), 0);
        other.insert("y".to_string(), 2);
        other.remove("gone");
        other.insert("x".to_string(), 1);
        assert_eq!(one, other);
        other.insert("x".to_string(), 3);
        assert_ne!(one, other);
        assert_eq!(format!("{one:?}"), r#"{"x": 1, "y": 2}"#);
    }
}
