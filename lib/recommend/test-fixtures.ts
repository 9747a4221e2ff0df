// Test fixture: a copy of real catalog rows (prisma/seed/*.json, verified 2026-11-27) shaped as the
// data layer builds RecommendCatalog. Tests never read the database; regenerate by hand if rows change.

import type { RecommendCatalog } from './types';

export const FIXTURE_CATALOG: RecommendCatalog = {
 "models": [
  {
   "slug": "qwen2.5-0.5b-instruct",
   "name": "Qwen2.5 0.5B Instruct",
   "family": "Qwen2.5",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2024-09-19",
   "license": "Apache-2.0",
   "totalParams": 490000000,
   "activeParams": 490000000,
   "layers": 24,
   "hiddenSize": 896,
   "intermediateSize": 4864,
   "attentionHeads": 14,
   "kvHeads": 2,
   "headDim": 64,
   "vocabSize": 151936,
   "contextLength": 32768,
   "tiedEmbeddings": true,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 1
    },
    {
     "useCase": "multilingual",
     "rating": 2
    }
   ],
   "ollamaTag": "qwen2.5:0.5b",
   "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct",
   "artifacts": [
    {
     "slug": "qwen2.5-0.5b-instruct-f16-bartowski",
     "format": "F16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "bartowski",
     "fileBytes": 990000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-f16.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 530000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 510000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 420000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q5-k-s-bartowski",
     "format": "Q5_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 410000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q5_K_S.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 400000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q4-k-s-bartowski",
     "format": "Q4_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 390000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q4_K_S.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q3-k-l-bartowski",
     "format": "Q3_K_L",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 370000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q3_K_L.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q4-0-bartowski",
     "format": "Q4_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 350000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-Q4_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-iq4-xs-bartowski",
     "format": "IQ4_XS",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 350000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-IQ4_XS.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-iq3-m-bartowski",
     "format": "IQ3_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 340000000,
     "huggingFaceRepo": "bartowski/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-0.5B-Instruct-IQ3_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen2.5:0.5b",
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-gptq-int8-qwen",
     "format": "GPTQ-INT8",
     "formatFamily": "gptq",
     "bitsPerWeight": 8.1875,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct-GPTQ-Int8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-gptq-int4-qwen",
     "format": "GPTQ-INT4",
     "formatFamily": "gptq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct-GPTQ-Int4",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-0.5b-instruct-q4_k_m.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-0.5b-instruct-q8-0-qwen",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-0.5b-instruct-q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "llama-3.2-3b-instruct",
   "name": "Llama 3.2 3B Instruct",
   "family": "Llama 3.2",
   "publisher": "Meta",
   "releaseDate": "2024-09-25",
   "license": "Llama 3.2 Community License",
   "totalParams": 3210000000,
   "activeParams": 3210000000,
   "layers": 28,
   "hiddenSize": 3072,
   "intermediateSize": 8192,
   "attentionHeads": 24,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 128256,
   "contextLength": 131072,
   "tiedEmbeddings": true,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 3
    }
   ],
   "ollamaTag": "llama3.2:3b",
   "huggingFaceRepo": "meta-llama/Llama-3.2-3B-Instruct",
   "artifacts": [
    {
     "slug": "llama-3.2-3b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 2007897211,
     "huggingFaceRepo": "bartowski/Llama-3.2-3B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.2-3B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.2-3b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 2000000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "llama3.2:3b",
     "lmStudioId": null
    },
    {
     "slug": "llama-3.2-3b-instruct-bf16-meta-llama",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "meta-llama",
     "fileBytes": null,
     "huggingFaceRepo": "meta-llama/Llama-3.2-3B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.2-3b-instruct-q4-k-m-lmstudio-community",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "lmstudio-community",
     "fileBytes": null,
     "huggingFaceRepo": "lmstudio-community/Llama-3.2-3B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.2-3B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": "lmstudio-community/Llama-3.2-3B-Instruct-GGUF"
    },
    {
     "slug": "llama-3.2-3b-instruct-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Llama-3.2-3B-Instruct-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.2-3b-instruct-int4-unsloth",
     "format": "INT4",
     "formatFamily": "int",
     "bitsPerWeight": 4,
     "runtimes": [
      "transformers",
      "vllm"
     ],
     "publisher": "unsloth",
     "fileBytes": null,
     "huggingFaceRepo": "unsloth/Llama-3.2-3B-Instruct-bnb-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen2.5-coder-7b-instruct",
   "name": "Qwen2.5-Coder 7B Instruct",
   "family": "Qwen2.5-Coder",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2024-09-19",
   "license": "Apache-2.0",
   "totalParams": 7610000000,
   "activeParams": 7610000000,
   "layers": 28,
   "hiddenSize": 3584,
   "intermediateSize": 18944,
   "attentionHeads": 28,
   "kvHeads": 4,
   "headDim": 128,
   "vocabSize": 152064,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "coding",
     "rating": 4
    },
    {
     "useCase": "chat",
     "rating": 3
    }
   ],
   "ollamaTag": "qwen2.5-coder:7b",
   "huggingFaceRepo": "Qwen/Qwen2.5-Coder-7B-Instruct",
   "artifacts": [
    {
     "slug": "qwen2.5-coder-7b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen2.5-coder:7b",
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-7b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-7B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-7b-instruct-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-7B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-coder-7b-instruct-q4_k_m.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-7b-instruct-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-7B-Instruct-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen2.5-coder-14b-instruct",
   "name": "Qwen2.5-Coder 14B Instruct",
   "family": "Qwen2.5-Coder",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2024-11-12",
   "license": "Apache-2.0",
   "totalParams": 14700000000,
   "activeParams": 14700000000,
   "layers": 48,
   "hiddenSize": 5120,
   "intermediateSize": 13824,
   "attentionHeads": 40,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 152064,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "coding",
     "rating": 4
    },
    {
     "useCase": "chat",
     "rating": 3
    }
   ],
   "ollamaTag": "qwen2.5-coder:14b",
   "huggingFaceRepo": "Qwen/Qwen2.5-Coder-14B-Instruct",
   "artifacts": [
    {
     "slug": "qwen2.5-coder-14b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen2.5-coder:14b",
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-14b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-14B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-14b-instruct-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-14B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-coder-14b-instruct-q4_k_m.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-14b-instruct-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-14B-Instruct-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen2.5-coder-32b-instruct",
   "name": "Qwen2.5-Coder 32B Instruct",
   "family": "Qwen2.5-Coder",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2024-11-12",
   "license": "Apache-2.0",
   "totalParams": 32500000000,
   "activeParams": 32500000000,
   "layers": 64,
   "hiddenSize": 5120,
   "intermediateSize": 27648,
   "attentionHeads": 40,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 152064,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "coding",
     "rating": 5
    },
    {
     "useCase": "chat",
     "rating": 4
    }
   ],
   "ollamaTag": "qwen2.5-coder:32b",
   "huggingFaceRepo": "Qwen/Qwen2.5-Coder-32B-Instruct",
   "artifacts": [
    {
     "slug": "qwen2.5-coder-32b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen2.5-coder:32b",
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-32B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-coder-32b-instruct-q4_k_m.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-Coder-32B-Instruct-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen2.5-Coder-32B-Instruct-GGUF",
     "huggingFaceFile": "Qwen2.5-Coder-32B-Instruct-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-coder-32b-instruct-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Qwen2.5-Coder-32B-Instruct-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen3-8b",
   "name": "Qwen3 8B",
   "family": "Qwen3",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2025-04-29",
   "license": "Apache-2.0",
   "totalParams": 8200000000,
   "activeParams": 8200000000,
   "layers": 36,
   "hiddenSize": 4096,
   "intermediateSize": 12288,
   "attentionHeads": 32,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 151936,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 4
    },
    {
     "useCase": "reasoning",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 3
    }
   ],
   "ollamaTag": "qwen3:8b",
   "huggingFaceRepo": "Qwen/Qwen3-8B",
   "artifacts": [
    {
     "slug": "qwen3-8b-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen3:8b",
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-8B",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-fp8-qwen",
     "format": "FP8",
     "formatFamily": "fp8",
     "bitsPerWeight": 8,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-8B-FP8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q8-0-qwen",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-8B-GGUF",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-8B-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen3-8B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 8710000000,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 6730000000,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-q4-k-m-lmstudio-community",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "lmstudio-community",
     "fileBytes": null,
     "huggingFaceRepo": "lmstudio-community/Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen3-8B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": "lmstudio-community/Qwen3-8B-GGUF"
    },
    {
     "slug": "qwen3-8b-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Qwen3-8B-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-mlx-8bit-mlx-community",
     "format": "MLX-8BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Qwen3-8B-8bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-8b-bf16-bartowski",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "bartowski",
     "fileBytes": 16390000000,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-8B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-8B-bf16.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen3-14b",
   "name": "Qwen3 14B",
   "family": "Qwen3",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2025-04-29",
   "license": "Apache-2.0",
   "totalParams": 14800000000,
   "activeParams": 14800000000,
   "layers": 40,
   "hiddenSize": 5120,
   "intermediateSize": 17408,
   "attentionHeads": 40,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 151936,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 4
    },
    {
     "useCase": "reasoning",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 4
    }
   ],
   "ollamaTag": "qwen3:14b",
   "huggingFaceRepo": "Qwen/Qwen3-14B",
   "artifacts": [
    {
     "slug": "qwen3-14b-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen3:14b",
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-14B",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-fp8-qwen",
     "format": "FP8",
     "formatFamily": "fp8",
     "bitsPerWeight": 8,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-14B-FP8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q8-0-qwen",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-14B-GGUF",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-14B-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen3-14B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-14b-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-14B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-14B-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen3-32b",
   "name": "Qwen3 32B",
   "family": "Qwen3",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2025-04-29",
   "license": "Apache-2.0",
   "totalParams": 32800000000,
   "activeParams": 32800000000,
   "layers": 64,
   "hiddenSize": 5120,
   "intermediateSize": 25600,
   "attentionHeads": 64,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 151936,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 5
    },
    {
     "useCase": "reasoning",
     "rating": 5
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 4
    }
   ],
   "ollamaTag": "qwen3:32b",
   "huggingFaceRepo": "Qwen/Qwen3-32B",
   "artifacts": [
    {
     "slug": "qwen3-32b-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen3:32b",
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-32B",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-fp8-qwen",
     "format": "FP8",
     "formatFamily": "fp8",
     "bitsPerWeight": 8,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-32B-FP8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q8-0-qwen",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-32B-GGUF",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-32B-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen3-32B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-32b-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Qwen_Qwen3-32B-GGUF",
     "huggingFaceFile": "Qwen_Qwen3-32B-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen3-coder-30b-a3b-instruct",
   "name": "Qwen3-Coder 30B-A3B Instruct",
   "family": "Qwen3-Coder",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2025-07-31",
   "license": "Apache-2.0",
   "totalParams": 30530000000,
   "activeParams": 3300000000,
   "layers": 48,
   "hiddenSize": 2048,
   "intermediateSize": 768,
   "attentionHeads": 32,
   "kvHeads": 4,
   "headDim": 128,
   "vocabSize": 151936,
   "contextLength": 262144,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": 128,
   "expertsActive": 8,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "coding",
     "rating": 5
    },
    {
     "useCase": "long-documents",
     "rating": 4
    }
   ],
   "ollamaTag": "qwen3-coder:30b",
   "huggingFaceRepo": "Qwen/Qwen3-Coder-30B-A3B-Instruct",
   "artifacts": [
    {
     "slug": "qwen3-coder-30b-a3b-instruct-q8-0-ggml-org",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ggml-org",
     "fileBytes": 32480690176,
     "huggingFaceRepo": "ggml-org/Qwen3-Coder-30B-A3B-Instruct-Q8_0-GGUF",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen3-coder-30b-a3b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen3-coder:30b",
     "lmStudioId": null
    },
    {
     "slug": "qwen3-coder-30b-a3b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen3-Coder-30B-A3B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "llama-3.1-8b-instruct",
   "name": "Llama 3.1 8B Instruct",
   "family": "Llama 3.1",
   "publisher": "Meta",
   "releaseDate": "2024-07-23",
   "license": "Llama 3.1 Community License",
   "totalParams": 8030000000,
   "activeParams": 8030000000,
   "layers": 32,
   "hiddenSize": 4096,
   "intermediateSize": 14336,
   "attentionHeads": 32,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 128256,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 3
    },
    {
     "useCase": "long-documents",
     "rating": 3
    },
    {
     "useCase": "multilingual",
     "rating": 3
    }
   ],
   "ollamaTag": "llama3.1:8b",
   "huggingFaceRepo": "meta-llama/Llama-3.1-8B-Instruct",
   "artifacts": [
    {
     "slug": "llama-3.1-8b-instruct-iq1-m-llama.cpp",
     "format": "IQ1_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 1.75,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 2158221066,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq2-xxs-llama.cpp",
     "format": "IQ2_XXS",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.0625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 2394444268,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq2-m-llama.cpp",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 2942052598,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq3-xxs-llama.cpp",
     "format": "IQ3_XXS",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.0625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 3264175145,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq3-m-llama.cpp",
     "format": "IQ3_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 3779571220,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq4-xs-llama.cpp",
     "format": "IQ4_XS",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 4477503406,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq4-nl-llama.cpp",
     "format": "IQ4_NL",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 4702989189,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q2-k-llama.cpp",
     "format": "Q2_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 3167538381,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q3-k-s-llama.cpp",
     "format": "Q3_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 3661459620,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q3-k-l-llama.cpp",
     "format": "Q3_K_L",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 4316442132,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-k-s-llama.cpp",
     "format": "Q4_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 4681514353,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-k-m-llama.cpp",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 4917737554,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q5-k-s-llama.cpp",
     "format": "Q5_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 5594194903,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q5-k-m-llama.cpp",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 5723043922,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q6-k-llama.cpp",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 6592774799,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q8-0-llama.cpp",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 8536247501,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-f16-llama.cpp",
     "format": "F16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "llama.cpp",
     "fileBytes": 16063177687,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-0-ollama",
     "format": "Q4_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 4700000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "llama3.1:8b-instruct-q4_0",
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "llama3.1:8b",
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-bf16-meta-llama",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "meta-llama",
     "fileBytes": null,
     "huggingFaceRepo": "meta-llama/Llama-3.1-8B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-q4-k-m-lmstudio-community",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "lmstudio-community",
     "fileBytes": null,
     "huggingFaceRepo": "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF",
     "huggingFaceFile": "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF"
    },
    {
     "slug": "llama-3.1-8b-instruct-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Meta-Llama-3.1-8B-Instruct-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-mlx-8bit-mlx-community",
     "format": "MLX-8BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Meta-Llama-3.1-8B-Instruct-8bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-gptq-int4-hugging-quants",
     "format": "GPTQ-INT4",
     "formatFamily": "gptq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "hugging-quants",
     "fileBytes": null,
     "huggingFaceRepo": "hugging-quants/Meta-Llama-3.1-8B-Instruct-GPTQ-INT4",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-awq-int4-hugging-quants",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "hugging-quants",
     "fileBytes": null,
     "huggingFaceRepo": "hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-fp8-neuralmagic",
     "format": "FP8",
     "formatFamily": "fp8",
     "bitsPerWeight": 8,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "neuralmagic",
     "fileBytes": null,
     "huggingFaceRepo": "neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-int4-unsloth",
     "format": "INT4",
     "formatFamily": "int",
     "bitsPerWeight": 4,
     "runtimes": [
      "transformers",
      "vllm"
     ],
     "publisher": "unsloth",
     "fileBytes": null,
     "huggingFaceRepo": "unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-exl2-4.0bpw-turboderp",
     "format": "EXL2-4.0BPW",
     "formatFamily": "exl2",
     "bitsPerWeight": 4,
     "runtimes": [
      "transformers"
     ],
     "publisher": "turboderp",
     "fileBytes": null,
     "huggingFaceRepo": "turboderp/Llama-3.1-8B-Instruct-exl2",
     "huggingFaceFile": "4.0bpw (branch)",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.1-8b-instruct-exl2-6.0bpw-turboderp",
     "format": "EXL2-6.0BPW",
     "formatFamily": "exl2",
     "bitsPerWeight": 6,
     "runtimes": [
      "transformers"
     ],
     "publisher": "turboderp",
     "fileBytes": null,
     "huggingFaceRepo": "turboderp/Llama-3.1-8B-Instruct-exl2",
     "huggingFaceFile": "6.0bpw (branch)",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "llama-3.3-70b-instruct",
   "name": "Llama 3.3 70B Instruct",
   "family": "Llama 3.3",
   "publisher": "Meta",
   "releaseDate": "2024-12-06",
   "license": "Llama 3.3 Community License",
   "totalParams": 70550000000,
   "activeParams": 70550000000,
   "layers": 80,
   "hiddenSize": 8192,
   "intermediateSize": 28672,
   "attentionHeads": 64,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 128256,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 5
    },
    {
     "useCase": "long-documents",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 4
    }
   ],
   "ollamaTag": "llama3.3:70b",
   "huggingFaceRepo": "meta-llama/Llama-3.3-70B-Instruct",
   "artifacts": [
    {
     "slug": "llama-3.3-70b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 43000000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "llama3.3:70b",
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-bf16-meta-llama",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "meta-llama",
     "fileBytes": null,
     "huggingFaceRepo": "meta-llama/Llama-3.3-70B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/Llama-3.3-70B-Instruct-GGUF",
     "huggingFaceFile": "Llama-3.3-70B-Instruct-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "llama-3.3-70b-instruct-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/Llama-3.3-70B-Instruct-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "gemma-3-12b-it",
   "name": "Gemma 3 12B IT",
   "family": "Gemma 3",
   "publisher": "Google",
   "releaseDate": "2025-03-12",
   "license": "Gemma Terms of Use",
   "totalParams": 11770000000,
   "activeParams": 11770000000,
   "layers": 48,
   "hiddenSize": 3840,
   "intermediateSize": 15360,
   "attentionHeads": 16,
   "kvHeads": 8,
   "headDim": 256,
   "vocabSize": 262208,
   "contextLength": 131072,
   "tiedEmbeddings": true,
   "slidingWindow": 1024,
   "globalLayerEvery": 6,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text",
    "image"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 4
    },
    {
     "useCase": "vision",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "long-documents",
     "rating": 3
    },
    {
     "useCase": "creative-writing",
     "rating": 4
    }
   ],
   "ollamaTag": "gemma3:12b",
   "huggingFaceRepo": "google/gemma-3-12b-it",
   "artifacts": [
    {
     "slug": "gemma-3-12b-it-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 8100000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "gemma3:12b",
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-bf16-google",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "google",
     "fileBytes": null,
     "huggingFaceRepo": "google/gemma-3-12b-it",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q4-k-m-lmstudio-community",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "lmstudio-community",
     "fileBytes": null,
     "huggingFaceRepo": "lmstudio-community/gemma-3-12b-it-GGUF",
     "huggingFaceFile": "gemma-3-12b-it-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": "lmstudio-community/gemma-3-12b-it-GGUF"
    },
    {
     "slug": "gemma-3-12b-it-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/gemma-3-12b-it-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q4-0-bartowski",
     "format": "Q4_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 6910000000,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q4_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q5-k-s-bartowski",
     "format": "Q5_K_S",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": 8230000000,
     "huggingFaceRepo": "bartowski/google_gemma-3-12b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-12b-it-Q5_K_S.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-12b-it-q4-0-google",
     "format": "Q4_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "google",
     "fileBytes": 8070000000,
     "huggingFaceRepo": "google/gemma-3-12b-it-qat-q4_0-gguf",
     "huggingFaceFile": "gemma-3-12b-it-q4_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "gemma-3-27b-it",
   "name": "Gemma 3 27B IT",
   "family": "Gemma 3",
   "publisher": "Google",
   "releaseDate": "2025-03-12",
   "license": "Gemma Terms of Use",
   "totalParams": 27000000000,
   "activeParams": 27000000000,
   "layers": 62,
   "hiddenSize": 5376,
   "intermediateSize": 21504,
   "attentionHeads": 32,
   "kvHeads": 16,
   "headDim": 128,
   "vocabSize": 262208,
   "contextLength": 131072,
   "tiedEmbeddings": true,
   "slidingWindow": 1024,
   "globalLayerEvery": 6,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text",
    "image"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 5
    },
    {
     "useCase": "vision",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 5
    },
    {
     "useCase": "long-documents",
     "rating": 4
    },
    {
     "useCase": "creative-writing",
     "rating": 4
    }
   ],
   "ollamaTag": "gemma3:27b",
   "huggingFaceRepo": "google/gemma-3-27b-it",
   "artifacts": [
    {
     "slug": "gemma-3-27b-it-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 17000000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "gemma3:27b",
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-bf16-google",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "google",
     "fileBytes": null,
     "huggingFaceRepo": "google/gemma-3-27b-it",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/google_gemma-3-27b-it-GGUF",
     "huggingFaceFile": "google_gemma-3-27b-it-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gemma-3-27b-it-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/gemma-3-27b-it-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "phi-4",
   "name": "Phi-4 (14B)",
   "family": "Phi-4",
   "publisher": "Microsoft",
   "releaseDate": "2024-12-12",
   "license": "MIT",
   "totalParams": 14700000000,
   "activeParams": 14700000000,
   "layers": 40,
   "hiddenSize": 5120,
   "intermediateSize": 17920,
   "attentionHeads": 40,
   "kvHeads": 10,
   "headDim": 128,
   "vocabSize": 100352,
   "contextLength": 16384,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 4
    },
    {
     "useCase": "reasoning",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 3
    }
   ],
   "ollamaTag": "phi4:14b",
   "huggingFaceRepo": "microsoft/phi-4",
   "artifacts": [
    {
     "slug": "phi-4-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 9100000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "phi4:14b",
     "lmStudioId": null
    },
    {
     "slug": "phi-4-bf16-microsoft",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "microsoft",
     "fileBytes": null,
     "huggingFaceRepo": "microsoft/phi-4",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/phi-4-GGUF",
     "huggingFaceFile": "phi-4-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "phi-4-mlx-4bit-mlx-community",
     "format": "MLX-4BIT",
     "formatFamily": "mlx",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "mlx",
      "lm-studio",
      "exo"
     ],
     "publisher": "mlx-community",
     "fileBytes": null,
     "huggingFaceRepo": "mlx-community/phi-4-4bit",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "deepseek-r1-distill-qwen-14b",
   "name": "DeepSeek-R1-Distill-Qwen-14B",
   "family": "DeepSeek-R1",
   "publisher": "DeepSeek",
   "releaseDate": "2025-01-20",
   "license": "MIT",
   "totalParams": 14700000000,
   "activeParams": 14700000000,
   "layers": 48,
   "hiddenSize": 5120,
   "intermediateSize": 13824,
   "attentionHeads": 40,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 152064,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "reasoning",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 3
    }
   ],
   "ollamaTag": "deepseek-r1:14b",
   "huggingFaceRepo": "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
   "artifacts": [
    {
     "slug": "deepseek-r1-distill-qwen-14b-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "deepseek-r1:14b",
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-bf16-deepseek-ai",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "deepseek-ai",
     "fileBytes": null,
     "huggingFaceRepo": "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-distill-qwen-14b-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/DeepSeek-R1-Distill-Qwen-14B-GGUF",
     "huggingFaceFile": "DeepSeek-R1-Distill-Qwen-14B-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "gpt-oss-20b",
   "name": "gpt-oss-20b",
   "family": "gpt-oss",
   "publisher": "OpenAI",
   "releaseDate": "2025-08-05",
   "license": "Apache-2.0",
   "totalParams": 20910000000,
   "activeParams": 3600000000,
   "layers": 24,
   "hiddenSize": 2880,
   "intermediateSize": 2880,
   "attentionHeads": 64,
   "kvHeads": 8,
   "headDim": 64,
   "vocabSize": 201088,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": 128,
   "globalLayerEvery": 2,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": 32,
   "expertsActive": 4,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "reasoning",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 4
    },
    {
     "useCase": "chat",
     "rating": 3
    }
   ],
   "ollamaTag": "gpt-oss:20b",
   "huggingFaceRepo": "openai/gpt-oss-20b",
   "artifacts": [
    {
     "slug": "gpt-oss-20b-mxfp4-ggml-org",
     "format": "MXFP4",
     "formatFamily": "mxfp4",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "llama.cpp",
      "ollama",
      "lm-studio",
      "transformers"
     ],
     "publisher": "ggml-org",
     "fileBytes": 12101070356,
     "huggingFaceRepo": "ggml-org/gpt-oss-20b-GGUF",
     "huggingFaceFile": "gpt-oss-20b-mxfp4.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gpt-oss-20b-mxfp4-ollama",
     "format": "MXFP4",
     "formatFamily": "mxfp4",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "llama.cpp",
      "ollama",
      "lm-studio",
      "transformers"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "gpt-oss:20b",
     "lmStudioId": null
    },
    {
     "slug": "gpt-oss-20b-mxfp4-openai",
     "format": "MXFP4",
     "formatFamily": "mxfp4",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "llama.cpp",
      "ollama",
      "lm-studio",
      "transformers"
     ],
     "publisher": "openai",
     "fileBytes": null,
     "huggingFaceRepo": "openai/gpt-oss-20b",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "gpt-oss-20b-mxfp4-lmstudio-community",
     "format": "MXFP4",
     "formatFamily": "mxfp4",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "llama.cpp",
      "ollama",
      "lm-studio",
      "transformers"
     ],
     "publisher": "lmstudio-community",
     "fileBytes": null,
     "huggingFaceRepo": "lmstudio-community/gpt-oss-20b-GGUF",
     "huggingFaceFile": "gpt-oss-20b-MXFP4.gguf",
     "ollamaTag": null,
     "lmStudioId": "lmstudio-community/gpt-oss-20b-GGUF"
    }
   ]
  },
  {
   "slug": "mistral-small-3.1-24b-instruct",
   "name": "Mistral Small 3.1 24B Instruct (2503)",
   "family": "Mistral Small",
   "publisher": "Mistral AI",
   "releaseDate": "2025-03-17",
   "license": "Apache-2.0",
   "totalParams": 24000000000,
   "activeParams": 24000000000,
   "layers": 40,
   "hiddenSize": 5120,
   "intermediateSize": 32768,
   "attentionHeads": 32,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 131072,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text",
    "image"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 4
    },
    {
     "useCase": "vision",
     "rating": 4
    },
    {
     "useCase": "multilingual",
     "rating": 4
    },
    {
     "useCase": "coding",
     "rating": 4
    },
    {
     "useCase": "long-documents",
     "rating": 4
    }
   ],
   "ollamaTag": "mistral-small3.1:24b",
   "huggingFaceRepo": "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
   "artifacts": [
    {
     "slug": "mistral-small-3.1-24b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "mistral-small3.1:24b",
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-bf16-mistralai",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "mistralai",
     "fileBytes": null,
     "huggingFaceRepo": "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-q8-0-bartowski",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-Q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-q6-k-bartowski",
     "format": "Q6_K",
     "formatFamily": "gguf",
     "bitsPerWeight": 6.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-Q6_K.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-q5-k-m-bartowski",
     "format": "Q5_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 5.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-Q5_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-q4-k-m-bartowski",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-Q4_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-q3-k-m-bartowski",
     "format": "Q3_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 3.4375,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-Q3_K_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "mistral-small-3.1-24b-instruct-iq2-m-bartowski",
     "format": "IQ2_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 2.5625,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "bartowski",
     "fileBytes": null,
     "huggingFaceRepo": "bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
     "huggingFaceFile": "mistralai_Mistral-Small-3.1-24B-Instruct-2503-IQ2_M.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "qwen2.5-72b-instruct",
   "name": "Qwen2.5 72B Instruct",
   "family": "Qwen2.5",
   "publisher": "Alibaba Qwen",
   "releaseDate": "2024-09-19",
   "license": "Qwen License",
   "totalParams": 72700000000,
   "activeParams": 72700000000,
   "layers": 80,
   "hiddenSize": 8192,
   "intermediateSize": 29568,
   "attentionHeads": 64,
   "kvHeads": 8,
   "headDim": 128,
   "vocabSize": 152064,
   "contextLength": 131072,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": null,
   "mlaRopeHeadDim": null,
   "expertsTotal": null,
   "expertsActive": null,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "chat",
     "rating": 5
    },
    {
     "useCase": "multilingual",
     "rating": 5
    },
    {
     "useCase": "coding",
     "rating": 4
    },
    {
     "useCase": "long-documents",
     "rating": 4
    }
   ],
   "ollamaTag": "qwen2.5:72b",
   "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct",
   "artifacts": [
    {
     "slug": "qwen2.5-72b-instruct-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": null,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "qwen2.5:72b",
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-bf16-qwen",
     "format": "BF16",
     "formatFamily": "float",
     "bitsPerWeight": 16,
     "runtimes": [
      "ollama",
      "lm-studio",
      "llama.cpp",
      "mlx",
      "vllm",
      "exo",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-gptq-int8-qwen",
     "format": "GPTQ-INT8",
     "formatFamily": "gptq",
     "bitsPerWeight": 8.1875,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct-GPTQ-Int8",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-gptq-int4-qwen",
     "format": "GPTQ-INT4",
     "formatFamily": "gptq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-awq-int4-qwen",
     "format": "AWQ-INT4",
     "formatFamily": "awq",
     "bitsPerWeight": 4.25,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct-AWQ",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-q4-k-m-qwen",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-72b-instruct-q4_k_m.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    },
    {
     "slug": "qwen2.5-72b-instruct-q8-0-qwen",
     "format": "Q8_0",
     "formatFamily": "gguf",
     "bitsPerWeight": 8.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "Qwen",
     "fileBytes": null,
     "huggingFaceRepo": "Qwen/Qwen2.5-72B-Instruct-GGUF",
     "huggingFaceFile": "qwen2.5-72b-instruct-q8_0.gguf",
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  },
  {
   "slug": "deepseek-r1",
   "name": "DeepSeek-R1",
   "family": "DeepSeek-R1",
   "publisher": "DeepSeek",
   "releaseDate": "2025-01-20",
   "license": "MIT",
   "totalParams": 671000000000,
   "activeParams": 37000000000,
   "layers": 61,
   "hiddenSize": 7168,
   "intermediateSize": 18432,
   "attentionHeads": 128,
   "kvHeads": 128,
   "headDim": 128,
   "vocabSize": 129280,
   "contextLength": 163840,
   "tiedEmbeddings": false,
   "slidingWindow": null,
   "globalLayerEvery": null,
   "mlaKvLoraRank": 512,
   "mlaRopeHeadDim": 64,
   "expertsTotal": 256,
   "expertsActive": 8,
   "projectorBytes": null,
   "modalities": [
    "text"
   ],
   "strengths": [
    {
     "useCase": "reasoning",
     "rating": 5
    },
    {
     "useCase": "coding",
     "rating": 5
    },
    {
     "useCase": "chat",
     "rating": 4
    }
   ],
   "ollamaTag": "deepseek-r1:671b",
   "huggingFaceRepo": "deepseek-ai/DeepSeek-R1",
   "artifacts": [
    {
     "slug": "deepseek-r1-q4-k-m-ollama",
     "format": "Q4_K_M",
     "formatFamily": "gguf",
     "bitsPerWeight": 4.5,
     "runtimes": [
      "llama.cpp",
      "ollama",
      "lm-studio"
     ],
     "publisher": "ollama",
     "fileBytes": 404000000000,
     "huggingFaceRepo": null,
     "huggingFaceFile": null,
     "ollamaTag": "deepseek-r1:671b",
     "lmStudioId": null
    },
    {
     "slug": "deepseek-r1-fp8-deepseek-ai",
     "format": "FP8",
     "formatFamily": "fp8",
     "bitsPerWeight": 8,
     "runtimes": [
      "vllm",
      "transformers"
     ],
     "publisher": "deepseek-ai",
     "fileBytes": null,
     "huggingFaceRepo": "deepseek-ai/DeepSeek-R1",
     "huggingFaceFile": null,
     "ollamaTag": null,
     "lmStudioId": null
    }
   ]
  }
 ],
 "hardware": [
  {
   "slug": "geforce-rtx-3060-12gb",
   "name": "NVIDIA GeForce RTX 3060 12 GB",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 12884901888,
   "bandwidthGBps": 360,
   "fp16Tflops": 50.95,
   "backend": "cuda",
   "launchPriceUsd": 329,
   "year": 2021
  },
  {
   "slug": "geforce-rtx-4060-ti-16gb",
   "name": "NVIDIA GeForce RTX 4060 Ti 16 GB",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 17179869184,
   "bandwidthGBps": 288,
   "fp16Tflops": 88,
   "backend": "cuda",
   "launchPriceUsd": 499,
   "year": 2023
  },
  {
   "slug": "geforce-rtx-4070",
   "name": "NVIDIA GeForce RTX 4070",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 12884901888,
   "bandwidthGBps": 504,
   "fp16Tflops": 117,
   "backend": "cuda",
   "launchPriceUsd": 599,
   "year": 2023
  },
  {
   "slug": "geforce-rtx-3090",
   "name": "NVIDIA GeForce RTX 3090",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 25769803776,
   "bandwidthGBps": 935.8,
   "fp16Tflops": 142.74,
   "backend": "cuda",
   "launchPriceUsd": 1499,
   "year": 2020
  },
  {
   "slug": "geforce-rtx-4090",
   "name": "NVIDIA GeForce RTX 4090",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 25769803776,
   "bandwidthGBps": 1008,
   "fp16Tflops": 330,
   "backend": "cuda",
   "launchPriceUsd": 1599,
   "year": 2022
  },
  {
   "slug": "geforce-rtx-5090",
   "name": "NVIDIA GeForce RTX 5090",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 34359738368,
   "bandwidthGBps": 1792,
   "fp16Tflops": 419,
   "backend": "cuda",
   "launchPriceUsd": 1999,
   "year": 2025
  },
  {
   "slug": "rtx-a6000",
   "name": "NVIDIA RTX A6000",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 51539607552,
   "bandwidthGBps": 768,
   "fp16Tflops": 154.85,
   "backend": "cuda",
   "launchPriceUsd": 4649,
   "year": 2020
  },
  {
   "slug": "rtx-6000-ada",
   "name": "NVIDIA RTX 6000 Ada Generation",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 51539607552,
   "bandwidthGBps": 960,
   "fp16Tflops": null,
   "backend": "cuda",
   "launchPriceUsd": 6799,
   "year": 2022
  },
  {
   "slug": "radeon-rx-7900-xtx",
   "name": "AMD Radeon RX 7900 XTX",
   "kind": "gpu",
   "vendor": "amd",
   "memoryBytes": 25769803776,
   "bandwidthGBps": 960,
   "fp16Tflops": 61.44,
   "backend": "rocm",
   "launchPriceUsd": 999,
   "year": 2022
  },
  {
   "slug": "a100-80gb-pcie",
   "name": "NVIDIA A100 80 GB PCIe",
   "kind": "gpu",
   "vendor": "nvidia",
   "memoryBytes": 85899345920,
   "bandwidthGBps": 1935,
   "fp16Tflops": 312,
   "backend": "cuda",
   "launchPriceUsd": null,
   "year": 2021
  },
  {
   "slug": "apple-m2-8c-8gb",
   "name": "Apple M2 (8-core GPU, 8 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 8589934592,
   "bandwidthGBps": 100,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": null,
   "year": 2022
  },
  {
   "slug": "apple-m2-8c-16gb",
   "name": "Apple M2 (8-core GPU, 16 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 17179869184,
   "bandwidthGBps": 100,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": null,
   "year": 2022
  },
  {
   "slug": "apple-m2-8c-24gb",
   "name": "Apple M2 (8-core GPU, 24 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 25769803776,
   "bandwidthGBps": 100,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": null,
   "year": 2022
  },
  {
   "slug": "apple-m2-max-30c-32gb",
   "name": "Apple M2 Max (30-core GPU, 32 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 34359738368,
   "bandwidthGBps": 400,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": 1999,
   "year": 2023
  },
  {
   "slug": "apple-m2-ultra-60c-64gb",
   "name": "Apple M2 Ultra (60-core GPU, 64 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 68719476736,
   "bandwidthGBps": 800,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": 3999,
   "year": 2023
  },
  {
   "slug": "apple-m3-ultra-60c-96gb",
   "name": "Apple M3 Ultra (60-core GPU, 96 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 103079215104,
   "bandwidthGBps": 819,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": 3999,
   "year": 2025
  },
  {
   "slug": "apple-m4-max-32c-36gb",
   "name": "Apple M4 Max (32-core GPU, 36 GB)",
   "kind": "apple-silicon",
   "vendor": "apple",
   "memoryBytes": 38654705664,
   "bandwidthGBps": 410,
   "fp16Tflops": null,
   "backend": "metal",
   "launchPriceUsd": 1999,
   "year": 2024
  },
  {
   "slug": "amd-ryzen-9-7950x-64gb-ddr5-5200",
   "name": "AMD Ryzen 9 7950X, 64 GB DDR5-5200 (dual channel)",
   "kind": "cpu",
   "vendor": "amd",
   "memoryBytes": 68719476736,
   "bandwidthGBps": 83.2,
   "fp16Tflops": null,
   "backend": "cpu",
   "launchPriceUsd": null,
   "year": 2022
  },
  {
   "slug": "amd-epyc-9654-384gb-ddr5-4800",
   "name": "AMD EPYC 9654 server, 384 GB DDR5-4800 (12 channels)",
   "kind": "cpu",
   "vendor": "amd",
   "memoryBytes": 412316860416,
   "bandwidthGBps": 460.8,
   "fp16Tflops": null,
   "backend": "cpu",
   "launchPriceUsd": null,
   "year": 2022
  }
 ]
};
