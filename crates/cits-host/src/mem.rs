//! Bounds-checked access to the guest's linear memory.

use crate::abi::Errno;

/// Most iovecs accepted in one call (Linux's `IOV_MAX`): more is a guest bug.
pub const MAX_IOVS: u32 = 1024;

/// The guest's memory for the duration of one host call.
pub struct Mem<'a>(pub &'a mut [u8]);

impl Mem<'_> {
    /// `len` bytes at `ptr`, or `EFAULT`.
    pub fn slice(&self, ptr: u32, len: u32) -> Result<&[u8], Errno> {
        let start = ptr as usize;
        let end = start.checked_add(len as usize).ok_or(Errno::FAULT)?;
        self.0.get(start..end).ok_or(Errno::FAULT)
    }

    /// `len` writable bytes at `ptr`, or `EFAULT`.
    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8], Errno> {
        let start = ptr as usize;
        let end = start.checked_add(len as usize).ok_or(Errno::FAULT)?;
        self.0.get_mut(start..end).ok_or(Errno::FAULT)
    }

    fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N], Errno> {
        let bytes = self.slice(ptr, N as u32)?;
        let mut out = [0u8; N];
        out.copy_from_slice(bytes);
        Ok(out)
    }

    /// Little-endian `u8` at `ptr`.
    pub fn u8(&self, ptr: u32) -> Result<u8, Errno> {
        Ok(self.array::<1>(ptr)?[0])
    }
    /// Little-endian `u16` at `ptr`.
    pub fn u16(&self, ptr: u32) -> Result<u16, Errno> {
        Ok(u16::from_le_bytes(self.array(ptr)?))
    }
    /// Little-endian `u32` at `ptr`.
    pub fn u32(&self, ptr: u32) -> Result<u32, Errno> {
        Ok(u32::from_le_bytes(self.array(ptr)?))
    }
    /// Little-endian `u64` at `ptr`.
    pub fn u64(&self, ptr: u32) -> Result<u64, Errno> {
        Ok(u64::from_le_bytes(self.array(ptr)?))
    }

    /// Writes `bytes` at `ptr`.
    pub fn write(&mut self, ptr: u32, bytes: &[u8]) -> Result<(), Errno> {
        self.slice_mut(ptr, bytes.len() as u32)?
            .copy_from_slice(bytes);
        Ok(())
    }
    /// Writes a little-endian `u8`.
    pub fn put_u8(&mut self, ptr: u32, v: u8) -> Result<(), Errno> {
        self.write(ptr, &[v])
    }
    /// Writes a little-endian `u16`.
    pub fn put_u16(&mut self, ptr: u32, v: u16) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    /// Writes a little-endian `u32`.
    pub fn put_u32(&mut self, ptr: u32, v: u32) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    /// Writes a little-endian `u64`.
    pub fn put_u64(&mut self, ptr: u32, v: u64) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// A UTF-8 string of `len` bytes at `ptr` (a trailing NUL is dropped).
    pub fn str(&self, ptr: u32, len: u32) -> Result<&str, Errno> {
        let bytes = self.slice(ptr, len)?;
        let bytes = bytes.strip_suffix(&[0]).unwrap_or(bytes);
        std::str::from_utf8(bytes).map_err(|_| Errno::ILSEQ)
    }

    /// The `(ptr, len)` pairs of an iovec array (8 bytes per entry on wasm32).
    pub fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<(u32, u32)>, Errno> {
        if count > MAX_IOVS {
            return Err(Errno::INVAL);
        }
        (0..count)
            .map(|i| {
                let at = ptr.checked_add(i * 8).ok_or(Errno::FAULT)?;
                Ok((
                    self.u32(at)?,
                    self.u32(at.checked_add(4).ok_or(Errno::FAULT)?)?,
                ))
            })
            .collect()
    }

    /// Concatenates the bytes the iovecs point to (for sends and writes).
    pub fn gather(&self, iovs: &[(u32, u32)], cap: usize) -> Result<Vec<u8>, Errno> {
        let mut out = Vec::new();
        for &(ptr, len) in iovs {
            let room = cap.saturating_sub(out.len());
            if room == 0 {
                break;
            }
            let take = (len as usize).min(room) as u32;
            out.extend_from_slice(self.slice(ptr, take)?);
        }
        Ok(out)
    }

    /// Spreads `data` over the iovecs (for receives and reads); returns bytes written.
    pub fn scatter(&mut self, iovs: &[(u32, u32)], data: &[u8]) -> Result<usize, Errno> {
        let mut done = 0usize;
        for &(ptr, len) in iovs {
            let rest = data.get(done..).unwrap_or_default();
            if rest.is_empty() {
                break;
            }
            let take = rest.len().min(len as usize);
            self.write(ptr, rest.get(..take).unwrap_or_default())?;
            done += take;
        }
        Ok(done)
    }
}

/// Total capacity of an iovec list.
pub fn iov_total(iovs: &[(u32, u32)]) -> usize {
    iovs.iter().map(|&(_, len)| len as usize).sum()
}
