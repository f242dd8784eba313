package modes

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"io"
)

// ECB (CL308).

func ecbLoop(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	bs := block.BlockSize()
	out := make([]byte, len(plaintext))
	for i := 0; i < len(plaintext); i += bs {
		block.Encrypt(out[i:i+bs], plaintext[i:i+bs]) // want `cipher\.Block\.Encrypt called block by block over plaintext in a loop is ECB mode: equal plaintext blocks give equal ciphertext blocks; use an AEAD such as cipher\.NewGCM \(CL308\)`
	}
	return out
}

type ecbEncrypter struct{ b cipher.Block }

func (x ecbEncrypter) CryptBlocks(dst, src []byte) {
	for len(src) > 0 {
		x.b.Encrypt(dst, src[:16]) // want `cipher\.Block\.Encrypt called block by block over src in a loop is ECB mode: equal plaintext blocks give equal ciphertext blocks; use an AEAD such as cipher\.NewGCM \(CL308\)`
		src = src[16:]
		dst = dst[16:]
	}
}

// Not ECB: one block, decryption, a hand-written CBC mixing the previous
// block in, a CTR keystream.

func oneBlock(block cipher.Block, dst, src []byte) {
	block.Encrypt(dst, src)
}

func ecbDecrypt(block cipher.Block, dst, src []byte) {
	for i := 0; i < len(src); i += 16 {
		block.Decrypt(dst[i:i+16], src[i:i+16])
	}
}

func manualCBC(block cipher.Block, iv, dst, src []byte) {
	prev := iv
	for i := 0; i < len(src); i += 16 {
		for j := 0; j < 16; j++ {
			src[i+j] ^= prev[j]
		}
		block.Encrypt(dst[i:i+16], src[i:i+16])
		prev = dst[i : i+16]
	}
}

func keystream(block cipher.Block, ctr, ks []byte, n int) {
	for i := 0; i < n; i++ {
		block.Encrypt(ks, ctr)
		ctr[15]++
	}
}

// Deprecated CFB and OFB (CL309).

func cfb(block cipher.Block, iv []byte) cipher.Stream {
	return cipher.NewCFBEncrypter(block, iv) // want `cipher\.NewCFBEncrypter is deprecated since Go 1\.24: CFB is unauthenticated, so ciphertext bits can be flipped undetected; use an AEAD such as cipher\.NewGCM \(CL309\)`
}

func ofb(block cipher.Block, iv []byte) cipher.Stream {
	return cipher.NewOFB(block, iv) // want `cipher\.NewOFB is deprecated since Go 1\.24: OFB is unauthenticated, so ciphertext bits can be flipped undetected; use an AEAD such as cipher\.NewGCM \(CL309\)`
}

func cfbDecrypt(block cipher.Block, iv []byte) cipher.Stream {
	return cipher.NewCFBDecrypter(block, iv) // ok: decryption
}

func decryptOFB(block cipher.Block, iv []byte) cipher.Stream {
	return cipher.NewOFB(block, iv) // ok: decryption
}

// CBC and CTR without a MAC (CL310).

func encryptCBC(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, aes.BlockSize+len(plaintext))
	iv := out[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[aes.BlockSize:], plaintext) // want `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in encryptCBC, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
	return out, nil
}

func encryptCTR(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	rand.Read(iv)
	out := make([]byte, len(plaintext))
	cipher.NewCTR(block, iv).XORKeyStream(out, plaintext) // want `cipher\.NewCTR encrypts without authentication: no hmac\.New or AEAD in encryptCTR, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
	return append(iv, out...), nil
}

func encryptThenMAC(encKey, macKey, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return nil, err
	}
	out := make([]byte, aes.BlockSize+len(plaintext))
	iv := out[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[aes.BlockSize:], plaintext) // ok: HMAC below
	m := hmac.New(sha256.New, macKey)
	m.Write(out)
	return m.Sum(out), nil
}

func ctrWithIV(block cipher.Block, iv, data []byte) {
	cipher.NewCTR(block, iv).XORKeyStream(data, data) // ok: the IV comes from elsewhere (maybe decryption)
}
